"""jwcrypto (Debian python3-jwcrypto) as a JWE oracle for the tests: one request per line on
stdin, one JSON answer per line on stdout.

A request is {"op": "encrypt"|"decrypt", "alg", "enc", "key": {...}, "plaintext"|"token"},
the key being {"pem": "..."}, {"jwk": {...}} (jwcrypto 1.1 reads no X25519/X448 PEM),
{"oct": "<base64url>"} or {"password": "..."}."""
import json
import sys

from jwcrypto import jwe, jwk
from jwcrypto.common import json_encode


def key_of(spec):
    if "jwk" in spec:
        return jwk.JWK(**spec["jwk"])
    if "pem" in spec:
        return jwk.JWK.from_pem(spec["pem"].encode())
    if "oct" in spec:
        return jwk.JWK(kty="oct", k=spec["oct"])
    return jwk.JWK.from_password(spec["password"])


def answer(request):
    key = key_of(request["key"])
    algs = [request["alg"], request["enc"]]
    if request["op"] == "encrypt":
        token = jwe.JWE(request["plaintext"].encode(), json_encode({"alg": request["alg"], "enc": request["enc"]}), algs=algs)
        token.add_recipient(key)
        return {"token": token.serialize(compact=True)}
    token = jwe.JWE(algs=algs)
    token.deserialize(request["token"], key=key)
    return {"plaintext": token.payload.decode()}


for line in sys.stdin:
    try:
        print(json.dumps(answer(json.loads(line))), flush=True)
    except Exception as error:  # the test reports what jwcrypto said
        print(json.dumps({"error": f"{type(error).__name__}: {error}"}), flush=True)
