/**
 * Time on the Chinese working calendar: which days are worked (public holidays and 调休 make-up days kept
 * as data), time limits counted in working days or clock hours, and the blue/yellow/red warning a
 * deadline shows at a given moment. Plain Java, no framework types.
 */
package org.zongzhi.cases.deadline.domain;
