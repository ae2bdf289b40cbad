-- Re-encryption of personal data under a new key (PiiRekeying) is the only change a party row ever gets,
-- and only system work may make it. case_intake_key's policy already lets system work change its rows.
create policy case_party_rekey on case_party for update
    using (app_is_system())
    with check (app_is_system());

-- The id of the key a stored ciphertext names (PiiCipher): format 1 is the master key's, format 2 names it.
create function pii_key_of(stored bytea) returns text language sql immutable strict parallel safe
    as $$ select case get_byte(stored, 0)
                     when 1 then 'master'
                     when 2 then convert_from(substring(stored from 3 for get_byte(stored, 1)), 'UTF8')
                 end $$;
