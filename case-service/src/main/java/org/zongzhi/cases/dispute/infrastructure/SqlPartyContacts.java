package org.zongzhi.cases.dispute.infrastructure;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zongzhi.cases.dispute.application.PartyContacts;

/** Decrypts one party's contact data and appends to the disclosure log (insert-only, see the migration). */
@Component
class SqlPartyContacts implements PartyContacts {

    private final JdbcClient jdbc;
    private final PiiCipher cipher;

    SqlPartyContacts(JdbcClient jdbc, PiiCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public Optional<Contact> unmasked(UUID caseId, UUID partyId) {
        return jdbc.sql("select name, address, id_number_enc, phone_enc from case_party"
                        + " where case_id = :case and id = :party")
                .param("case", caseId)
                .param("party", partyId)
                .query((rs, n) -> {
                    byte[] id = rs.getBytes("id_number_enc");
                    byte[] phone = rs.getBytes("phone_enc");
                    return new Contact(
                            partyId,
                            rs.getString("name"),
                            id == null
                                    ? null
                                    : cipher.decrypt(id, JpaCaseRepository.context(caseId, partyId, "id-number")),
                            phone == null
                                    ? null
                                    : cipher.decrypt(phone, JpaCaseRepository.context(caseId, partyId, "phone")),
                            rs.getString("address"));
                })
                .optional();
    }

    @Override
    public void recordDisclosure(Disclosure d) {
        jdbc.sql("insert into case_disclosure (at, reader, reader_center, case_id, party_id, fields, purpose,"
                        + " request_id) values (:at, :reader, :center, :case, :party, :fields, :purpose, :request)")
                .param("at", Sql.time(d.at()))
                .param("reader", d.reader())
                .param("center", d.readerCenter())
                .param("case", d.caseId())
                .param("party", d.partyId())
                .param("fields", d.fields())
                .param("purpose", d.purpose())
                .param("request", d.requestId())
                .update();
    }
}
