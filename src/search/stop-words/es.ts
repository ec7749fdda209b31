/** Words that carry no meaning alone in this language: the `stopword` package's list, in a chunk of its own so a page fetches its language's only. */
export { spa as words } from 'stopword';
