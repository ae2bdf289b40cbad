package org.zongzhi.cases.dispute.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.MDC;
import org.springframework.stereotype.Repository;
import org.zongzhi.cases.deadline.domain.Deadline;
import org.zongzhi.cases.dispute.application.CaseSnapshot;
import org.zongzhi.cases.dispute.application.CaseSnapshots;
import org.zongzhi.cases.dispute.application.PartyKeys;
import org.zongzhi.cases.dispute.domain.Case;
import org.zongzhi.cases.dispute.domain.CaseCode;
import org.zongzhi.cases.dispute.domain.CaseId;
import org.zongzhi.cases.dispute.domain.CaseRepository;
import org.zongzhi.cases.dispute.domain.CaseStatus;
import org.zongzhi.cases.dispute.domain.Category;
import org.zongzhi.cases.dispute.domain.Channel;
import org.zongzhi.cases.dispute.domain.CitizenSecret;
import org.zongzhi.cases.dispute.domain.FollowUp;
import org.zongzhi.cases.dispute.domain.NationalIdNumber;
import org.zongzhi.cases.dispute.domain.Note;
import org.zongzhi.cases.dispute.domain.Party;
import org.zongzhi.cases.dispute.domain.PartyKind;
import org.zongzhi.cases.dispute.domain.PartyRole;
import org.zongzhi.cases.dispute.domain.PhoneNumber;
import org.zongzhi.cases.dispute.domain.RiskFactors;
import org.zongzhi.cases.dispute.domain.RiskGrade;
import org.zongzhi.cases.dispute.domain.RiskLevel;
import org.zongzhi.cases.dispute.domain.SupervisionOrder;
import org.zongzhi.cases.dispute.domain.Task;
import org.zongzhi.cases.dispute.domain.TimelineEntry;
import org.zongzhi.cases.dispute.domain.Transfer;
import org.zongzhi.cases.dispute.domain.Vulnerability;
import org.zongzhi.platform.calendar.WarningColour;
import org.zongzhi.platform.department.Department;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.platform.web.RequestIds;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cases in PostgreSQL through Hibernate. A case is found for change only by the center holding it (the
 * {@code @TenantId} filter, then row-level security, then a row lock); each change is stored with its new
 * timeline lines and its event in the outbox, in the caller's transaction.
 */
@Repository
class JpaCaseRepository implements CaseRepository {

    @PersistenceContext
    private EntityManager em;

    private final PiiCipher cipher;
    private final PartyKeys keys;
    private final JsonMapper json;

    JpaCaseRepository(PiiCipher cipher, PartyKeys keys, JsonMapper json) {
        this.cipher = cipher;
        this.keys = keys;
        this.json = json;
    }

    @Override
    public Optional<Case> findHeldForChange(CaseId id) {
        List<CaseRecord> found = em.createQuery("select c from CaseRecord c where c.id = :id", CaseRecord.class)
                .setParameter("id", id.value())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        return found.stream().findFirst().map(this::toCase);
    }

    @Override
    public void add(Case c, CitizenSecret secret) {
        CaseRecord r = new CaseRecord();
        r.id = c.id().value();
        r.code = c.code().value();
        r.origin = c.origin().value();
        r.holder = c.holder().value();
        r.custody = c.custody().stream().map(TenantCode::value).toArray(String[]::new);
        r.channel = c.channel().name();
        r.title = c.title();
        r.description = c.description();
        r.place = c.place();
        r.gridCode = c.gridCode();
        r.firstResponder = c.firstResponder();
        r.createdAt = c.createdAt();
        r.fileDueAt = c.fileDueAt();
        r.secretHash = cipher.secretHash(r.code, secret.value());
        int position = 0;
        for (Party party : c.parties()) {
            r.parties.add(partyRecord(c.id().value(), party, position++));
        }
        copyChanges(c, r);
        em.persist(r);
        em.flush();
        appendTimelineAndEvent(c);
        em.flush();
    }

    @Override
    public void update(Case c) {
        CaseRecord r = em.find(CaseRecord.class, c.id().value());
        if (r == null) {
            throw new IllegalStateException("case " + c.id() + " was not found for change before");
        }
        copyChanges(c, r);
        em.flush();
        appendTimelineAndEvent(c);
        em.flush();
        c.handedOverBy().ifPresent(from -> handOver(c, r));
    }

    /**
     * Moves the case to its new holder (escalated, referred or returned). Row-level security lets the
     * current holder move it only up or down its own line; Hibernate never writes the tenant column.
     */
    private void handOver(Case c, CaseRecord r) {
        int moved = em.createNativeQuery("update cases set holder = ?1, custody = case when ?1 = any (custody)"
                        + " then custody else custody || cast(?1 as varchar(12)) end where id = ?2")
                .setParameter(1, c.holder().value())
                .setParameter(2, c.id().value())
                .executeUpdate();
        if (moved != 1) {
            throw new IllegalStateException("case " + c.code() + " could not be handed over to " + c.holder());
        }
        em.detach(r);
    }

    private void copyChanges(Case c, CaseRecord r) {
        r.category = c.category().name();
        var factors = c.riskFactors();
        r.groupSize = factors.groupSize();
        r.violenceRisk = factors.violenceRisk();
        r.vulnerableParties = factors.vulnerableParties();
        r.sensitivePeriod = factors.sensitivePeriod();
        r.riskLevel = c.risk().level().name();
        r.riskReasons = c.risk().reasons().toArray(String[]::new);
        r.status = c.status().name();
        r.responsible = c.responsible();
        Optional<Transfer> transfer = c.transfer();
        r.transferKind = transfer.map(t -> t.kind().name()).orElse(null);
        r.transferFrom = transfer.map(t -> t.from().value()).orElse(null);
        r.transferTo = transfer.map(t -> t.to().value()).orElse(null);
        r.transferReason = transfer.map(Transfer::reason).orElse(null);
        r.transferAt = transfer.map(Transfer::at).orElse(null);
        r.transferBy = transfer.map(Transfer::by).orElse(null);
        r.transferStatusBefore = transfer.map(t -> t.statusBefore().name()).orElse(null);
        r.outcomeKind = c.outcome().map(o -> o.kind().name()).orElse(null);
        r.outcome = c.outcome()
                .map(o -> json.writeValueAsString(CaseSnapshots.outcome(o)))
                .orElse(null);
        Optional<Deadline> deadline = c.deadline();
        r.stepLimit = deadline.map(d -> CaseSnapshots.limitText(d.limit())).orElse(null);
        r.stepStartedAt = deadline.map(Deadline::startedAt).orElse(null);
        r.blueAt = deadline.map(Deadline::blueAt).orElse(null);
        r.yellowAt = deadline.map(Deadline::yellowAt).orElse(null);
        r.dueAt = deadline.map(Deadline::dueAt).orElse(null);
        r.warning = c.warning().name();
        r.nextWarningAt =
                deadline.flatMap(d -> d.nextChangeAfter(c.updatedAt())).orElse(null);
        r.snapshot = json.writeValueAsString(CaseSnapshots.of(c, keys));
        r.filedAt = c.filedAt().orElse(null);
        r.closeDueAt = c.closeDueAt().orElse(null);
        r.updatedAt = c.updatedAt();
        r.closedAt = c.closedAt().orElse(null);
        r.archivedAt = c.archivedAt().orElse(null);
        r.version = c.version();

        Map<UUID, TaskRecord> tasks = r.tasks.stream().collect(Collectors.toMap(t -> t.id, Function.identity()));
        for (Task task : c.tasks()) {
            TaskRecord t = tasks.get(task.id());
            if (t == null) {
                t = new TaskRecord();
                t.id = task.id();
                r.tasks.add(t);
            }
            t.kind = task.kind().name();
            t.department = task.department() == null ? null : task.department().name();
            t.mediator = task.mediator();
            t.note = task.note();
            t.assignedAt = task.assignedAt();
            t.assignedBy = task.assignedBy();
            t.acceptedAt = task.acceptedAt();
            t.acceptedBy = task.acceptedBy();
            t.part = task.part();
            t.partRecordedAt = task.partRecordedAt();
            t.partRecordedBy = task.partRecordedBy();
        }
        Set<UUID> recordedFollowUps =
                new HashSet<>(r.followUps.stream().map(f -> f.id).toList());
        for (FollowUp followUp : c.followUps()) {
            if (recordedFollowUps.add(followUp.id())) {
                FollowUpRecord f = new FollowUpRecord();
                f.id = followUp.id();
                f.kind = followUp.kind().name();
                f.satisfaction = followUp.satisfaction().name();
                f.note = followUp.note();
                f.at = followUp.at();
                f.byUser = followUp.by();
                f.center = followUp.center().value();
                r.followUps.add(f);
            }
        }
        for (Note note : c.notes().subList(r.notes.size(), c.notes().size())) {
            NoteRecord n = new NoteRecord();
            n.at = note.at();
            n.byUser = note.by();
            n.center = note.center().value();
            n.text = note.text();
            n.isPublic = note.isPublic();
            r.notes.add(n);
        }
        Map<UUID, SupervisionRecord> orders =
                r.supervisions.stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
        for (SupervisionOrder order : c.supervisions()) {
            SupervisionRecord s = orders.get(order.id());
            if (s != null) {
                s.response = order.response();
                s.respondedAt = order.respondedAt();
                s.respondedBy = order.respondedBy();
            }
        }
    }

    private void appendTimelineAndEvent(Case c) {
        for (TimelineEntry entry : c.newTimelineEntries()) {
            TimelineRecord t = new TimelineRecord();
            t.caseId = c.id().value();
            t.at = entry.at();
            t.actor = entry.actor();
            t.actorCenter = entry.actorCenter().value();
            t.action = entry.action();
            t.summary = entry.summary();
            t.fromStatus =
                    entry.fromStatus() == null ? null : entry.fromStatus().name();
            t.toStatus = entry.toStatus().name();
            em.persist(t);
        }
        c.pendingEvent().ifPresent(type -> {
            TimelineEntry last = c.newTimelineEntries().getLast();
            OutboxRecord o = new OutboxRecord();
            o.eventId = UUID.randomUUID();
            o.type = type;
            o.tenant = last.actorCenter().value();
            o.aggregateId = c.id().value();
            o.version = c.version();
            o.occurredAt = c.updatedAt();
            o.requestId = MDC.get(RequestIds.MDC_KEY);
            o.payload = json.writeValueAsString(CaseSnapshots.of(c, keys));
            em.persist(o);
        });
    }

    private PartyRecord partyRecord(UUID caseId, Party party, int position) {
        PartyRecord p = new PartyRecord();
        p.id = party.id();
        p.position = position;
        p.role = party.role().name();
        p.kind = party.kind().name();
        p.name = party.name();
        p.address = party.address();
        p.vulnerabilities =
                party.vulnerabilities().stream().map(Enum::name).sorted().toArray(String[]::new);
        if (party.idNumber() != null) {
            String value = party.idNumber().value();
            p.idNumberEnc = cipher.encrypt(value, context(caseId, party.id(), "id-number"));
            p.idNumberMasked = party.idNumber().masked();
            p.idNumberIndex = cipher.blindIndex("id-number", value);
        }
        if (party.phone() != null) {
            String value = party.phone().value();
            p.phoneEnc = cipher.encrypt(value, context(caseId, party.id(), "phone"));
            p.phoneMasked = party.phone().masked();
            p.phoneIndex = cipher.blindIndex("phone", value);
        }
        return p;
    }

    /** What an encrypted value is bound to: its case, its party and its field. */
    static String context(UUID caseId, UUID partyId, String field) {
        return "case:" + caseId + ":party:" + partyId + ":" + field;
    }

    private Case toCase(CaseRecord r) {
        UUID caseId = r.id;
        List<Party> parties = r.parties.stream()
                .map(p -> new Party(
                        p.id,
                        PartyRole.valueOf(p.role),
                        PartyKind.valueOf(p.kind),
                        p.name,
                        p.idNumberEnc == null
                                ? null
                                : new NationalIdNumber(
                                        cipher.decrypt(p.idNumberEnc, context(caseId, p.id, "id-number"))),
                        p.phoneEnc == null
                                ? null
                                : new PhoneNumber(cipher.decrypt(p.phoneEnc, context(caseId, p.id, "phone"))),
                        p.address,
                        Arrays.stream(p.vulnerabilities)
                                .map(Vulnerability::valueOf)
                                .collect(Collectors.toSet())))
                .toList();
        List<Task> tasks = r.tasks.stream()
                .map(t -> new Task(
                        t.id,
                        Task.Kind.valueOf(t.kind),
                        t.department == null ? null : Department.valueOf(t.department),
                        t.mediator,
                        t.note,
                        t.assignedAt,
                        t.assignedBy,
                        t.acceptedAt,
                        t.acceptedBy,
                        t.part,
                        t.partRecordedAt,
                        t.partRecordedBy))
                .toList();
        Transfer transfer = r.transferKind == null
                ? null
                : new Transfer(
                        Transfer.Kind.valueOf(r.transferKind),
                        TenantCode.of(r.transferFrom),
                        TenantCode.of(r.transferTo),
                        r.transferReason,
                        r.transferAt,
                        r.transferBy,
                        CaseStatus.valueOf(r.transferStatusBefore));
        Deadline deadline = r.stepLimit == null
                ? null
                : new Deadline(CaseSnapshots.limitOf(r.stepLimit), r.stepStartedAt, r.blueAt, r.yellowAt, r.dueAt);
        return Case.restore(new Case.State(
                new CaseId(r.id),
                CaseCode.parse(r.code),
                TenantCode.of(r.origin),
                TenantCode.of(r.holder),
                Arrays.stream(r.custody).map(TenantCode::of).toList(),
                Channel.valueOf(r.channel),
                Category.valueOf(r.category),
                r.title,
                r.description,
                r.place,
                parties,
                new RiskFactors(r.groupSize, r.violenceRisk, r.vulnerableParties, r.sensitivePeriod),
                new RiskGrade(RiskLevel.valueOf(r.riskLevel), Arrays.asList(r.riskReasons)),
                CaseStatus.valueOf(r.status),
                r.firstResponder,
                r.responsible,
                tasks,
                transfer,
                r.outcome == null
                        ? null
                        : CaseSnapshots.outcomeOf(json.readValue(r.outcome, CaseSnapshot.OutcomeView.class)),
                r.followUps.stream()
                        .map(f -> new FollowUp(
                                f.id,
                                FollowUp.Kind.valueOf(f.kind),
                                FollowUp.Satisfaction.valueOf(f.satisfaction),
                                f.note,
                                f.at,
                                f.byUser,
                                TenantCode.of(f.center)))
                        .toList(),
                r.supervisions.stream()
                        .map(s -> new SupervisionOrder(
                                s.id,
                                TenantCode.of(s.issuer),
                                TenantCode.of(s.target),
                                s.reason,
                                s.issuedAt,
                                s.responseDue,
                                s.response,
                                s.respondedAt,
                                s.respondedBy))
                        .toList(),
                r.notes.stream()
                        .map(n -> new Note(n.at, n.byUser, TenantCode.of(n.center), n.text, n.isPublic))
                        .toList(),
                deadline,
                WarningColour.valueOf(r.warning),
                r.createdAt,
                r.filedAt,
                r.fileDueAt,
                r.closeDueAt,
                r.updatedAt,
                r.closedAt,
                r.archivedAt,
                r.version,
                r.gridCode));
    }
}
