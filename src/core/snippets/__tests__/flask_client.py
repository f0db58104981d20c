"""Runs a flask-jwt-extended snippet's app in Flask's test client (no server, no network).

Usage: flask_client.py SNIPPET_FILE TOKEN. Imports the snippet as a module (so its
`if __name__ == "__main__": app.run()` does not run), sends the token as a Bearer header to its
one route with the route's method, prints the JSON body, and exits 0 on 200, else 1 with the
status and body on stderr.
"""
import importlib.util
import json
import sys

path, token = sys.argv[1], sys.argv[2]
spec = importlib.util.spec_from_file_location("snippet", path)
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
app = module.app

rules = [rule for rule in app.url_map.iter_rules() if rule.endpoint != "static"]
if len(rules) != 1:
    sys.exit(f"expected one route, found {[rule.rule for rule in rules]}")
rule = rules[0]
method = "POST" if "POST" in rule.methods else "GET"
response = app.test_client().open(
    rule.rule, method=method, headers={"Authorization": f"Bearer {token}"}
)
body = response.get_data(as_text=True)
if response.status_code != 200:
    print(f"{method} {rule.rule}: {response.status_code} {body}", file=sys.stderr)
    sys.exit(1)
print(json.dumps(json.loads(body), sort_keys=True))
