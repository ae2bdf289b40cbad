package org.zongzhi.cases.dispute.infrastructure;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

@Entity
@Table(name = "case_note")
@Immutable
class NoteRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "note")
    @SequenceGenerator(name = "note", sequenceName = "case_note_id_seq", allocationSize = 1)
    Long id;

    Instant at;
    String byUser;
    String center;
    String text;
    boolean isPublic;

    protected NoteRecord() {}
}
