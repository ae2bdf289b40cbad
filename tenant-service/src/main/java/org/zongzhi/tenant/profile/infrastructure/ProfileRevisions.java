package org.zongzhi.tenant.profile.infrastructure;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Revisions of the current tenant's profile (Hibernate adds the tenant to every query). */
public interface ProfileRevisions extends JpaRepository<ProfileRevision, Long> {

    Optional<ProfileRevision> findFirstByOrderByRevisionDesc();

    List<ProfileRevision> findAllByOrderByRevisionDesc();

    Optional<ProfileRevision> findByRevision(int revision);

    /** Whether the center's own admins saved a revision (rows older than the column are theirs). */
    boolean existsByChangedByCenterIsNullOrChangedByCenter(String center);
}
