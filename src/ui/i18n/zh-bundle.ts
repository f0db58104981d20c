/** The page's Chinese messages, a chunk the page loads only when Chinese is chosen. */
export { zh as messages } from './zh';
