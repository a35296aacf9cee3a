/** Words that end a noun phrase when walking to what a figure counts or is of. */
export const NP_STOP = new Set([
  'of', 'in', 'on', 'at', 'to', 'from', 'by', 'for', 'with', 'about', 'and', 'or', 'but', 'as', 'than', 'that', 'which',
  'who', 'whom', 'whose', 'were', 'was', 'are', 'is', 'be', 'been', 'have', 'has', 'had', 'will', 'would', 'could', 'can',
  'may', 'might', 'should', 'must', 'do', 'did', 'does', 'the', 'a', 'an', 'this', 'these', 'those', 'its', 'their',
  'his', 'her', 'our', 'my', 'your', 'it', 'they', 'he', 'she', 'we', 'i', 'you', 'last', 'next', 'ago', 'later',
  'earlier', 'each', 'apiece', 'more', 'less', 'fewer', 'up', 'down', 'over', 'under', 'into', 'out', 'off', 'after',
  'before', 'since', 'during', 'until', 'while', 'when', 'where', 'if', 'so', 'not', 'no', 'per', 'including', 'among',
  'against', 'between', 'through', 'across', 'behind', 'ahead', 'via', 'like', 'then', 'there', 'here', 'also', 'just',
  'only', 'even', 'still', 'yet', 'already', 'now', 'again', 'too', 'very', 'all', 'both', 'either', 'neither',
  'what', 'how', 'why', 'higher', 'lower', 'percent', 'times', 'total',
  'overall', 'combined', 'respectively', 'alone', 'left', 'remaining', 'worldwide', 'nationwide', 'globally',
  'annually', 'today', 'yesterday', 'tomorrow', 'tonight',
]);
