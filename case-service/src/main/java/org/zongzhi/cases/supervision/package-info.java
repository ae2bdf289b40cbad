/**
 * Deadlines watched for every open case: a scheduled scan turns cases blue, yellow and red as their step's
 * clock runs, and a case turning red makes the parent of its holding center issue a supervision order
 * (超期自动预警督办) with a response deadline. The scan runs on one replica at a time (a PostgreSQL advisory
 * lock) and is set-based: each round touches only the cases whose colour is due to change.
 */
package org.zongzhi.cases.supervision;
