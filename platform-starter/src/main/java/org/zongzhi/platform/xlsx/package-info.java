/**
 * Excel workbooks (.xlsx) written row by row to a stream: the zip's sheet part is open while rows arrive,
 * so an export of 100,000 cases holds one row in memory, not the file. Plain Java, no Spring.
 */
package org.zongzhi.platform.xlsx;
