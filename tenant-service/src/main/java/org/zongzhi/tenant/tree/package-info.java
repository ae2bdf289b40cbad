/**
 * The center tree: every administrative division as a potential center, its status (planned, operating,
 * suspended), delegated onboarding by the level above, and the reads a center may make of the tree (its
 * subtree and the chain above it, never its siblings).
 */
package org.zongzhi.tenant.tree;
