import type { JwsAlgorithm } from '../algorithms';
import type { KeyShape } from './shape';

/**
 * A key type by what it is, as the page names it: `RSA`, `EC`, and for OKP and AKP the curve or
 * parameter set (`Ed25519`, `X25519`, `ML-DSA-65`): "an OKP key" tells a person nothing.
 */
export function keyTypeName(shape: KeyShape): string | undefined {
  switch (shape.kty) {
    case 'OKP':
      return shape.curve ?? 'OKP';
    case 'AKP':
      return shape.parameterSet ?? 'ML-DSA';
    default:
      return shape.kty;
  }
}

/** The kind of key an alg needs, named as keyTypeName names keys. */
export function neededKeyName(entry: JwsAlgorithm): string {
  if (entry.kty === 'OKP') return entry.curve ?? 'OKP';
  if (entry.kty === 'AKP') return entry.alg;
  return entry.kty ?? 'none';
}
