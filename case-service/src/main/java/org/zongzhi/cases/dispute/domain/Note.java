package org.zongzhi.cases.dispute.domain;

import java.time.Instant;
import org.zongzhi.platform.tenancy.TenantCode;

/** A note on a case; public notes are what a citizen sees when looking the case up by its code. */
public record Note(Instant at, String by, TenantCode center, String text, boolean isPublic) {}
