/** The one file that imports compromise and its plugins. */
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';

nlp.plugin(datesPlugin);

export { nlp };
