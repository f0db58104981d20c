/**
 * flask-jwt-extended: configuration (docs/options.rst) plus one protected route. It passes
 * `JWT_DECODE_ALGORITHMS` (by default `[JWT_ALGORITHM]`), `JWT_DECODE_ISSUER` and
 * `JWT_DECODE_AUDIENCE` to PyJWT's `jwt.decode`, so the alg is pinned as in the PyJWT snippet.
 * A JWK Set is not shown: the extension takes one PEM key (choosing by kid would need a
 * `decode_key_loader`). A refresh token (`"type": "refresh"`) needs `@jwt_required(refresh=True)`:
 * plain `@jwt_required()` answers it 422 "Only non-refresh tokens are allowed"
 * (view_decorators.py `_verify_token_type`), and the reverse for an access token.
 */
import { pythonString, pythonValue } from './literals';
import type { SnippetRequest, SnippetWriter } from './types';

function keyLines(request: SnippetRequest): readonly string[] {
  if (request.symmetric) return ['app.config["JWT_SECRET_KEY"] = os.environ["JWT_SECRET"]'];
  return [
    'app.config["JWT_PUBLIC_KEY"] = Path(os.environ["JWT_PUBLIC_KEY_FILE"]).read_text()',
    '# Only if this app also issues tokens:',
    '# app.config["JWT_PRIVATE_KEY"] = Path(os.environ["JWT_PRIVATE_KEY_FILE"]).read_text()',
  ];
}

function code(request: SnippetRequest): string {
  const lines = [
    'import os',
    ...(request.symmetric ? [] : ['from pathlib import Path']),
    '',
    'from flask import Flask, jsonify',
    'from flask_jwt_extended import JWTManager, get_jwt, jwt_required',
    '',
    'app = Flask(__name__)',
    `app.config["JWT_ALGORITHM"] = ${pythonString(request.alg)}`,
    ...keyLines(request),
    ...(request.iss === undefined
      ? []
      : [`app.config["JWT_DECODE_ISSUER"] = ${pythonString(request.iss)}`]),
    ...(request.aud === undefined
      ? []
      : [`app.config["JWT_DECODE_AUDIENCE"] = ${pythonValue(request.aud)}`]),
    'app.config["JWT_TOKEN_LOCATION"] = ["headers"]',
    'jwt = JWTManager(app)',
    '',
    '',
    ...(request.refresh
      ? ['@app.post("/refresh")', '@jwt_required(refresh=True)', 'def refresh():']
      : ['@app.get("/protected")', '@jwt_required()', 'def protected():']),
    '    return jsonify(get_jwt())',
    '',
    '',
    'if __name__ == "__main__":',
    '    app.run()',
  ];
  return `${lines.join('\n')}\n`;
}

export const flaskJwtExtended: SnippetWriter = {
  target: 'flask-jwt-extended',
  language: 'python',
  // setup.py: the `asymmetric_crypto` extra brings `cryptography`, needed for all but HS*.
  install: (request) =>
    request.symmetric
      ? 'pip install flask-jwt-extended'
      : 'pip install "flask-jwt-extended[asymmetric_crypto]"',
  code,
};
