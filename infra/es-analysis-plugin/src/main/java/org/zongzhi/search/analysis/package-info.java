/**
 * Chinese text analysis for the Elasticsearch nodes that development and tests run.
 *
 * <p>The bare {@code integ-test-zip} Elasticsearch distribution has neither the {@code analysis-common} module nor the
 * official {@code analysis-smartcn} plugin, so index mappings that say {@code "analyzer": "smartcn"} or {@code "cjk"}
 * would be rejected there. {@link org.zongzhi.search.analysis.ZongzhiAnalysisPlugin} fills that gap by registering
 * the same component names, backed by the same Lucene classes:
 *
 * <ul>
 *   <li>analyzer {@code smartcn}, tokenizer {@code smartcn_tokenizer} and token filter {@code smartcn_stop} (Lucene's
 *       HMM-based smart Chinese segmenter, as in {@code analysis-smartcn});
 *   <li>analyzer {@code cjk} and token filters {@code cjk_bigram} and {@code cjk_width} (as in {@code analysis-common}).
 * </ul>
 *
 * <p>Because the names are the official ones, mappings and queries written against this plugin work unchanged on a
 * production cluster that installs the official plugins instead. The two must never be installed together: both
 * register the same names and the node would refuse to start.
 */
package org.zongzhi.search.analysis;
