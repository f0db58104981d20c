/**
 * jose4j (Java 11+, run as `java -cp jose4j.jar:slf4j-api.jar DecryptJwe.java TOKEN`): a
 * JsonWebEncryption with both algorithm constraints set to the token's, so nothing else is
 * accepted. The private key is a PKCS#8 PEM file.
 */
import { jsString } from './literals';
import type { JweSnippetRequest, JweSnippetWriter } from './jwe-types';

/** The java.security KeyFactory algorithm of a private key for this request. */
const KEY_FACTORIES = { oct: 'AES', RSA: 'RSA', EC: 'EC', OKP: 'XDH' } as const;

function keyFactory(request: JweSnippetRequest): string {
  return KEY_FACTORIES[request.keyType];
}

function keyLines(request: JweSnippetRequest): { imports: string[]; lines: string[] } {
  switch (request.keySource) {
    case 'secret':
      return {
        imports: ['import java.util.Base64;', 'import org.jose4j.keys.AesKey;'],
        lines: [
          '    jwe.setKey(new AesKey(Base64.getUrlDecoder().decode(System.getenv("JWE_KEY"))));',
        ],
      };
    case 'password':
      return {
        imports: ['import org.jose4j.keys.PbkdfKey;'],
        lines: ['    jwe.setKey(new PbkdfKey(System.getenv("JWE_PASSWORD")));'],
      };
    case 'private-key':
    case 'private-jwk':
      return {
        imports: [
          'import java.nio.file.Files;',
          'import java.nio.file.Path;',
          'import java.security.KeyFactory;',
          'import java.security.spec.PKCS8EncodedKeySpec;',
          'import java.util.Base64;',
        ],
        lines: [
          '    String pem = Files.readString(Path.of(System.getenv("JWE_PRIVATE_KEY_FILE")));',
          '    byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));',
          `    jwe.setKey(KeyFactory.getInstance(${jsString(keyFactory(request))}).generatePrivate(new PKCS8EncodedKeySpec(der)));`,
        ],
      };
  }
}

function code(request: JweSnippetRequest): string {
  const key = keyLines(request);
  const lines = [
    ...key.imports,
    'import org.jose4j.jwa.AlgorithmConstraints;',
    'import org.jose4j.jwa.AlgorithmConstraints.ConstraintType;',
    'import org.jose4j.jwe.JsonWebEncryption;',
    '',
    'public class DecryptJwe {',
    '  public static void main(String[] args) throws Exception {',
    '    JsonWebEncryption jwe = new JsonWebEncryption();',
    `    jwe.setAlgorithmConstraints(new AlgorithmConstraints(ConstraintType.PERMIT, ${jsString(request.alg)}));`,
    `    jwe.setContentEncryptionAlgorithmConstraints(new AlgorithmConstraints(ConstraintType.PERMIT, ${jsString(request.enc)}));`,
    '    jwe.setCompactSerialization(args[0]);',
    ...key.lines,
    '    System.out.println(jwe.getPayload());',
    '  }',
    '}',
  ];
  return `${lines.join('\n')}\n`;
}

export const jweJavaJose4j: JweSnippetWriter = {
  target: 'java-jose4j',
  language: 'java',
  install: 'Maven: org.bitbucket.b_c:jose4j:0.9.6',
  supports: (input) => input.curve !== 'X448',
  code,
};
