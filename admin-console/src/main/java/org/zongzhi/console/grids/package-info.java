/**
 * 网格: a village's grids with their members and 十户联户 groups (drawn, staffed and ended by the village's
 * admins, read by the centers above), the grid worker's phone-first 巡查 page (start a patrol, record
 * findings, settle each on the spot or report it as a case through the normal intake in one tap, end the
 * patrol), and the grid numbers of a township, county or above. Every call goes through the gateway with the
 * person's token, so tenant-service and case-service decide who may do what.
 */
package org.zongzhi.console.grids;
