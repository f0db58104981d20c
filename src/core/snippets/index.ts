export { verificationSnippets } from './verification-snippets';
export {
  SNIPPET_TARGETS,
  type Snippet,
  type SnippetInput,
  type SnippetTarget,
  type SnippetUnsupported,
} from './types';
