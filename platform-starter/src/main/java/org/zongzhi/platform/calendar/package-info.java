/**
 * The platform's one working calendar (mainland China's working days, the State Council's holidays and
 * make-up days as data) and the three-colour warning every deadline turns through: cases' time limits
 * and conformance rectification tasks count days the same way. Plain Java, no Spring.
 */
package org.zongzhi.platform.calendar;
