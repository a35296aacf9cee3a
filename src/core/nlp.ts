/**
 * The one file that imports compromise. Only its core tagger is used (on short windows after numbers, and its word
 * list); the dates plugin is not loaded: the figures grammar reads dates itself, and the plugin tripled the cost of
 * every window without changing a result.
 */
import nlp from 'compromise';

export { nlp };
