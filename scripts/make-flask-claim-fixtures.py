#!/usr/bin/python3
"""Writes src/core/claims/__fixtures__/flask-jwt-extended.json: payloads of tokens made by the
real flask-jwt-extended (Debian's /usr/bin/python3 has it), under the options that change which
claims it writes. The claims tests recognise flask-jwt-extended tokens from these.

Run: /usr/bin/python3 scripts/make-flask-claim-fixtures.py
"""
import datetime
import json
import pathlib

import flask
import flask_jwt_extended
import jwt

SECRET = "a fixture secret that is at least thirty-two bytes"


def payloads(config, make):
    app = flask.Flask(__name__)
    app.config.update({"JWT_SECRET_KEY": SECRET, **config})
    flask_jwt_extended.JWTManager(app)
    with app.app_context():
        token = make()
    return jwt.decode(token, options={"verify_signature": False})


CASES = {
    "access": ({}, lambda: flask_jwt_extended.create_access_token("alice")),
    "fresh access": ({}, lambda: flask_jwt_extended.create_access_token("alice", fresh=True)),
    "fresh for 15 minutes": (
        {},
        lambda: flask_jwt_extended.create_access_token(
            "alice", fresh=datetime.timedelta(minutes=15)
        ),
    ),
    "refresh": ({}, lambda: flask_jwt_extended.create_refresh_token("alice")),
    "cookie (csrf)": (
        {"JWT_TOKEN_LOCATION": ["cookies"]},
        lambda: flask_jwt_extended.create_access_token("alice"),
    ),
    "no nbf, identity claim renamed, issuer set": (
        {"JWT_ENCODE_NBF": False, "JWT_IDENTITY_CLAIM": "identity", "JWT_ENCODE_ISSUER": "https://app.example"},
        lambda: flask_jwt_extended.create_access_token("alice"),
    ),
    "additional claims": (
        {},
        lambda: flask_jwt_extended.create_access_token(
            "alice", additional_claims={"roles": ["admin"], "https://example.com/team": "blue"}
        ),
    ),
}

out = {
    "generator": f"flask-jwt-extended {flask_jwt_extended.__version__}, scripts/make-flask-claim-fixtures.py",
    "tokens": {name: payloads(config, make) for name, (config, make) in CASES.items()},
}
path = pathlib.Path(__file__).resolve().parent.parent / "src/core/claims/__fixtures__/flask-jwt-extended.json"
path.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
print(path)
