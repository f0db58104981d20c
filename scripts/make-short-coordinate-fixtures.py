#!/usr/bin/python3
"""EC JWKs with short coordinates, as PyJWT 2.6 (Debian bookworm's python3-jwt) writes them.

PyJWT before 2.8 wrote `x`, `y` and `d` with `to_base64url_uint`, the integer's minimal bytes,
so a coordinate with a leading zero byte comes out one byte short (RFC 7518 §6.2.1.2 wants the
full field size). For P-521 that is about half of all keys. This script makes keys until each
case shows the bug, and writes, per case: PyJWT's public and private JWK, a token PyJWT signed
with the key, and the members as they should be (full length, from `cryptography`).

Run from the project root with Debian's Python: /usr/bin/python3 scripts/make-short-coordinate-fixtures.py
"""
import base64
import json
import sys

import cryptography
import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from jwt.algorithms import ECAlgorithm

OUT = "src/core/keys/__fixtures__/short-coordinates.json"
CURVES = {"P-256": (ec.SECP256R1(), 32, "ES256"), "P-521": (ec.SECP521R1(), 66, "ES512")}


def b64(value: int, size: int) -> str:
    return base64.urlsafe_b64encode(value.to_bytes(size, "big")).rstrip(b"=").decode()


def case(curve_name: str, short: str) -> dict:
    curve, size, alg = CURVES[curve_name]
    for _ in range(100_000):
        key = ec.generate_private_key(curve)
        numbers = key.public_key().public_numbers()
        value = {"x": numbers.x, "y": numbers.y, "d": key.private_numbers().private_value}[short]
        others = [m for m in ("x", "y") if m != short]
        # The member asked for is short; the other coordinate is full, so each case is one fix.
        if value.bit_length() <= 8 * (size - 1) and all(
            getattr(numbers, m).bit_length() > 8 * (size - 1) for m in others
        ):
            break
    else:
        sys.exit(f"no {curve_name} key with a short {short}")
    private_jwk = json.loads(ECAlgorithm.to_jwk(key))
    public_jwk = json.loads(ECAlgorithm.to_jwk(key.public_key()))
    token = jwt.encode({"sub": "pyjwt", "case": f"{curve_name} {short}"}, key, algorithm=alg)
    spki = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return {
        "id": f"{curve_name}-{short}",
        "curve": curve_name,
        "alg": alg,
        "short": short,
        "pyjwt_public_jwk": public_jwk,
        "pyjwt_private_jwk": private_jwk,
        "pyjwt_token": token,
        "spki": spki.decode(),
        "full": {
            "x": b64(numbers.x, size),
            "y": b64(numbers.y, size),
            "d": b64(key.private_numbers().private_value, size),
        },
    }


cases = [case("P-521", "x"), case("P-521", "y"), case("P-256", "x"), case("P-521", "d")]
with open(OUT, "w") as out:
    json.dump(
        {
            "description": "EC JWKs with a coordinate one byte short, written by PyJWT "
            + jwt.__version__
            + " with cryptography "
            + cryptography.__version__
            + " (scripts/make-short-coordinate-fixtures.py). Throwaway keys.",
            "cases": cases,
        },
        out,
        indent=1,
    )
    out.write("\n")
print(f"wrote {OUT}: {[c['id'] for c in cases]}")
