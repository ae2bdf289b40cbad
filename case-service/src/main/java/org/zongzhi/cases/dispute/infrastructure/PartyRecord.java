package org.zongzhi.cases.dispute.infrastructure;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A party as stored: national ID number and phone encrypted, with blind indexes and masked forms. */
@Entity
@Table(name = "case_party")
@Immutable
class PartyRecord {

    @Id
    UUID id;

    int position;
    String role;
    String kind;
    String name;
    String address;

    @JdbcTypeCode(SqlTypes.ARRAY)
    String[] vulnerabilities;

    byte[] idNumberEnc;
    String idNumberMasked;
    String idNumberIndex;
    byte[] phoneEnc;
    String phoneMasked;
    String phoneIndex;

    protected PartyRecord() {}
}
