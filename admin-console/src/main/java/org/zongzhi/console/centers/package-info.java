/**
 * 中心 beyond the tree page: the onboarding wizard (pick a planned division, name it, name its first admin)
 * and its printable 开通通知单 with the one-time password shown once; the declared profile, its editor and
 * the comparison of two revisions; suspension and reactivation with a reason, and the center's history.
 * Every call goes through the gateway with the person's token, so tenant-service decides who may do what;
 * the one-time password passes to the notice as a flash attribute and is kept nowhere else.
 */
package org.zongzhi.console.centers;
