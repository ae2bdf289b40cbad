/**
 * Shared dispute search: every center's cases in one Elasticsearch index behind the {@code cases} alias,
 * each document carrying who may see it, so one term filter limits any query, facet, duplicate lookup or
 * statistic to the caller's part of the tree.
 */
package org.zongzhi.search.cases;
