/**
 * 达标: the pages of the conformance work (规范化建设达标评估) — the province's standard and its tailorings,
 * rounds, a center's self-assessment with evidence photos, the parent's inspection, scorecards with the
 * 五有/五化 radar, rankings with their Excel export, and rectification tasks. Every page reads and writes
 * through the tenant service's API with the person's token; the API decides, the pages only choose
 * which forms to offer.
 */
package org.zongzhi.console.conformance;
