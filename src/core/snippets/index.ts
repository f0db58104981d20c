export { verificationSnippets } from './verification-snippets';
export {
  SNIPPET_TARGETS,
  type Snippet,
  type SnippetInput,
  type SnippetTarget,
  type SnippetUnsupported,
} from './types';
export { sdJwtVerificationSnippets } from './sd-jwt-snippets';
export {
  SD_JWT_SNIPPET_TARGETS,
  type SdJwtSnippet,
  type SdJwtSnippetInput,
  type SdJwtSnippetTarget,
} from './sd-jwt-types';
