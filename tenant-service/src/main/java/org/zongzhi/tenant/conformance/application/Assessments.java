package org.zongzhi.tenant.conformance.application;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.tenant.conformance.domain.Answer;
import org.zongzhi.tenant.conformance.domain.AppliedItem;
import org.zongzhi.tenant.conformance.domain.AssessmentStatus;
import org.zongzhi.tenant.conformance.domain.ConformancePolicy;
import org.zongzhi.tenant.conformance.domain.Entry;
import org.zongzhi.tenant.conformance.domain.EvidencePolicy;
import org.zongzhi.tenant.conformance.domain.EvidenceRef;
import org.zongzhi.tenant.conformance.domain.Refusal;
import org.zongzhi.tenant.conformance.domain.Scorecard;
import org.zongzhi.tenant.conformance.domain.Scoring;
import org.zongzhi.tenant.conformance.domain.StandardDocument;
import org.zongzhi.tenant.conformance.domain.TaskStatus;
import org.zongzhi.tenant.conformance.domain.Verdict;
import org.zongzhi.tenant.conformance.infrastructure.AssessmentStore;
import org.zongzhi.tenant.conformance.infrastructure.AssessmentStore.Assessment;
import org.zongzhi.tenant.conformance.infrastructure.AssessmentStore.Event;
import org.zongzhi.tenant.conformance.infrastructure.AssessmentStore.Round;
import org.zongzhi.tenant.conformance.infrastructure.CenterFacts;
import org.zongzhi.tenant.conformance.infrastructure.EvidenceStore;
import org.zongzhi.tenant.conformance.infrastructure.RectificationStore;
import org.zongzhi.tenant.conformance.infrastructure.StandardStore;

/**
 * One center's assessment: the center answers and attaches evidence, submits; the parent gives verdicts,
 * returns it with comments or reviews it, and finalises it (the scorecard is then frozen). Readable by the
 * center and the centers above it only: a sibling or cousin gets 404, before and after the results.
 */
@Service
public class Assessments {

    private final AssessmentStore store;
    private final StandardStore standards;
    private final EvidenceStore evidence;
    private final RectificationStore rectifications;
    private final CenterFacts centers;
    private final Transactions tx;

    Assessments(
            AssessmentStore store,
            StandardStore standards,
            EvidenceStore evidence,
            RectificationStore rectifications,
            CenterFacts centers,
            Transactions tx) {
        this.store = store;
        this.standards = standards;
        this.evidence = evidence;
        this.rectifications = rectifications;
        this.centers = centers;
        this.tx = tx;
    }

    /**
     * The center's answer to one item.
     *
     * @param cases ids of the center's cases that back the answer
     * @param profileRevision a revision of the center's profile that backs it
     */
    public record Answering(
            Boolean met,
            BigDecimal number,
            List<String> members,
            String note,
            List<String> cases,
            Integer profileRevision) {}

    public record Judging(Verdict verdict, String reason) {}

    /** Review: every self-assessed item needs a verdict, unless {@code confirmRest} passes those without one. */
    public record Reviewing(Boolean confirmRest, String comment) {

        public Reviewing {
            confirmRest = Boolean.TRUE.equals(confirmRest);
        }
    }

    public record Sheet(
            long id,
            long round,
            String roundTitle,
            String center,
            String centerName,
            String level,
            int standardVersion,
            AssessmentStatus status,
            String comments,
            List<AppliedItem> items,
            Map<String, Entry> entries,
            List<Event> history,
            List<RectificationStore.Task> openRectifications) {}

    /**
     * @param previous the center's last final scorecard before this one (any version), compared item by item
     * @param openRectifications the center's rectification tasks not yet verified
     */
    public record ScorecardView(
            long assessment,
            long round,
            String center,
            String centerName,
            int standardVersion,
            AssessmentStatus status,
            boolean frozen,
            Scorecard scorecard,
            Previous previous,
            List<RectificationStore.Task> openRectifications) {}

    public record Previous(
            long assessment,
            long round,
            int standardVersion,
            BigDecimal percent,
            String grade,
            BigDecimal deltaPercent,
            List<ItemChange> items) {}

    public record ItemChange(String item, BigDecimal previousAwarded, BigDecimal awarded) {}

    public record HistoryEntry(
            long assessment,
            long round,
            int standardVersion,
            BigDecimal percent,
            String grade,
            boolean passing,
            Instant finalizedAt) {}

    /**
     * The worklist: assessments of {@code center} (the caller's by default) and its subtree, e.g. a center's own
     * to fill in (OPEN, RETURNED) or a parent's to inspect (SUBMITTED).
     */
    public List<AssessmentStore.Listed> list(
            Caller caller, TenantCode center, AssessmentStatus status, int page, int size) {
        TenantCode root = center == null ? caller.tenant() : center;
        if (!root.isWithin(caller.tenant())) {
            throw Refusal.notFound("There is no center " + root + " in your part of the tree.");
        }
        if (page < 0 || size < 1 || size > 500) {
            throw Refusal.invalid("page must be 0 or more and size between 1 and 500");
        }
        return tx.run(() -> store.within(root, status, page, size));
    }

    public Sheet sheet(Caller caller, long id) {
        return tx.run(() -> {
            Assessment a = readable(caller, id);
            Round round = store.round(a.roundId()).orElseThrow();
            return new Sheet(
                    a.id(),
                    a.roundId(),
                    round.title(),
                    a.center(),
                    centers.names(List.of(a.center())).get(a.center()),
                    a.level().name(),
                    a.version(),
                    a.status(),
                    a.comments(),
                    store.template(a.templateId()),
                    a.entries(),
                    store.events(a.id()),
                    openTasks(a.center()));
        });
    }

    public Entry answer(Caller caller, long id, String itemCode, Answering answering) {
        if (answering == null) {
            throw Refusal.invalid("The request body is required: met, number or members, and an optional note.");
        }
        requireText("note", answering.note());
        if (answering.cases() != null) {
            for (String ref : answering.cases()) {
                if (ref == null || !ref.matches("[A-Za-z0-9-]{1,64}")) {
                    throw Refusal.invalid("cases: '" + ref + "' is not a case id or case code (letters, digits and"
                            + " '-', at most 64)");
                }
            }
            if (answering.cases().size() > 50) {
                throw Refusal.invalid("cases: link at most 50 cases to one item");
            }
        }
        return tx.run(() -> {
            Assessment a = lockedForCenter(caller, id);
            AppliedItem item = item(a, itemCode);
            if (item.item().kind().computed()) {
                throw Refusal.conflict("Item " + itemCode + " is computed by the platform at the round's cutoff ("
                        + item.item().kind() + "); it is not self-assessed.");
            }
            var links = new ArrayList<EvidenceRef>();
            if (answering.cases() != null) {
                answering.cases().forEach(c -> links.add(new EvidenceRef(EvidenceRef.Kind.CASE, c, "case " + c)));
            }
            if (answering.profileRevision() != null) {
                if (!centers.profileRevisions(TenantCode.of(a.center())).contains(answering.profileRevision())) {
                    throw Refusal.invalid("The center has no profile revision " + answering.profileRevision() + ".");
                }
                links.add(new EvidenceRef(
                        EvidenceRef.Kind.PROFILE_REVISION,
                        String.valueOf(answering.profileRevision()),
                        "profile revision " + answering.profileRevision()));
            }
            Answer answer = new Answer(answering.met(), answering.number(), answering.members());
            if (answer.blank()) {
                throw Refusal.invalid("Give met (true/false), number or members for item " + itemCode + ".");
            }
            var entries = new LinkedHashMap<>(a.entries());
            Entry entry =
                    entries.getOrDefault(itemCode, Entry.empty(itemCode)).answered(answer, answering.note(), links);
            entries.put(itemCode, entry);
            store.saveEntries(a.id(), entries);
            store.event(
                    a,
                    "ANSWERED",
                    null,
                    null,
                    itemCode,
                    answering.note(),
                    caller.username(),
                    caller.tenant().value());
            return entry;
        });
    }

    public EvidenceStore.FileInfo attach(
            Caller caller, long id, String itemCode, String filename, String contentType, byte[] content) {
        EvidencePolicy.check(filename, contentType, content);
        return tx.run(() -> {
            Assessment a = lockedForCenter(caller, id);
            item(a, itemCode);
            EvidenceStore.FileInfo file = evidence.insert(
                    TenantCode.of(a.center()),
                    a.id(),
                    null,
                    itemCode,
                    filename,
                    contentType.split(";")[0].strip(),
                    content,
                    sha256(content),
                    caller.username());
            var entries = new LinkedHashMap<>(a.entries());
            entries.put(
                    itemCode,
                    entries.getOrDefault(itemCode, Entry.empty(itemCode))
                            .withEvidence(new EvidenceRef(EvidenceRef.Kind.FILE, String.valueOf(file.id()), filename)));
            store.saveEntries(a.id(), entries);
            store.event(
                    a,
                    "EVIDENCE_ATTACHED",
                    null,
                    null,
                    itemCode,
                    filename + " sha256 " + file.sha256(),
                    caller.username(),
                    caller.tenant().value());
            return file;
        });
    }

    /**
     * Takes an uploaded file off an item while the sheet is the center's to change (a wrong photo, say). The
     * file itself stays stored with its hash and the history says who withdrew it; it no longer counts as
     * evidence of the item.
     */
    public Entry withdraw(Caller caller, long id, String itemCode, long fileId) {
        return tx.run(() -> {
            Assessment a = lockedForCenter(caller, id);
            item(a, itemCode);
            Entry entry = a.entries().get(itemCode);
            Entry without = entry == null ? null : entry.withoutFile(String.valueOf(fileId));
            if (without == null) {
                throw Refusal.notFound(
                        "Item " + itemCode + " of assessment " + id + " has no evidence file " + fileId + ".");
            }
            var entries = new LinkedHashMap<>(a.entries());
            entries.put(itemCode, without);
            store.saveEntries(a.id(), entries);
            String described = evidence.info(fileId)
                    .map(f -> f.filename() + " sha256 " + f.sha256())
                    .orElse("file " + fileId);
            store.event(
                    a,
                    "EVIDENCE_WITHDRAWN",
                    null,
                    null,
                    itemCode,
                    described,
                    caller.username(),
                    caller.tenant().value());
            return without;
        });
    }

    /** A file of an assessment or of a rectification task, for the center and those above it. */
    public EvidenceStore.File file(Caller caller, long id) {
        return tx.run(() -> {
            EvidenceStore.File file = evidence.file(id)
                    .orElseThrow(() -> Refusal.notFound("There is no evidence file " + id + " in your reach."));
            if (!TenantCode.of(file.info().center()).isWithin(caller.tenant())) {
                throw Refusal.notFound("There is no evidence file " + id + " in your reach.");
            }
            return file;
        });
    }

    public Sheet submit(Caller caller, long id, String note) {
        tx.run(() -> {
            Assessment a = lockedForCenter(caller, id);
            AssessmentStatus next = a.status().submit();
            store.saveStatus(a.id(), next, null);
            store.event(
                    a,
                    "SUBMITTED",
                    a.status(),
                    next,
                    null,
                    note,
                    caller.username(),
                    caller.tenant().value());
            return next;
        });
        return sheet(caller, id);
    }

    public Entry judge(Caller caller, long id, String itemCode, Judging judging) {
        if (judging == null || judging.verdict() == null) {
            throw Refusal.invalid("verdict is required: PASS or FAIL.");
        }
        if (judging.verdict() == Verdict.FAIL
                && (judging.reason() == null || judging.reason().isBlank())) {
            throw Refusal.invalid("A FAIL verdict needs a reason the center can act on.");
        }
        requireText("reason", judging.reason());
        return tx.run(() -> {
            Assessment a = lockedForInspector(caller, id);
            if (!a.status().inspectable()) {
                throw Refusal.conflict(
                        "The assessment is " + a.status() + "; verdicts are given while it is SUBMITTED.");
            }
            item(a, itemCode);
            var entries = new LinkedHashMap<>(a.entries());
            Entry entry =
                    entries.getOrDefault(itemCode, Entry.empty(itemCode)).judged(judging.verdict(), judging.reason());
            entries.put(itemCode, entry);
            store.saveEntries(a.id(), entries);
            store.event(
                    a,
                    "JUDGED_" + judging.verdict(),
                    null,
                    null,
                    itemCode,
                    judging.reason(),
                    caller.username(),
                    caller.tenant().value());
            return entry;
        });
    }

    public Sheet giveBack(Caller caller, long id, String comment) {
        if (comment == null || comment.isBlank()) {
            throw Refusal.invalid("comment is required: say what the center should change.");
        }
        requireText("comment", comment);
        tx.run(() -> {
            Assessment a = lockedForInspector(caller, id);
            AssessmentStatus next = a.status().giveBack();
            store.saveStatus(a.id(), next, comment);
            store.event(
                    a,
                    "RETURNED",
                    a.status(),
                    next,
                    null,
                    comment,
                    caller.username(),
                    caller.tenant().value());
            return next;
        });
        return sheet(caller, id);
    }

    public Sheet review(Caller caller, long id, Reviewing reviewing) {
        boolean confirmRest = reviewing != null && reviewing.confirmRest();
        tx.run(() -> {
            Assessment a = lockedForInspector(caller, id);
            AssessmentStatus next = a.status().review();
            var entries = new LinkedHashMap<>(a.entries());
            var missing = new ArrayList<String>();
            for (AppliedItem item : store.template(a.templateId())) {
                if (item.item().kind().computed()) {
                    continue;
                }
                Entry entry = entries.getOrDefault(item.code(), Entry.empty(item.code()));
                if (entry.verdict() == null) {
                    if (confirmRest) {
                        entries.put(item.code(), entry.judged(Verdict.PASS, "confirmed at review"));
                    } else {
                        missing.add(item.code());
                    }
                }
            }
            if (!missing.isEmpty()) {
                throw Refusal.invalid("Give a verdict on every self-assessed item first, or review with confirmRest:"
                        + " true to pass the rest; without a verdict: " + String.join(", ", missing));
            }
            store.saveEntries(a.id(), entries);
            store.saveStatus(a.id(), next, null);
            store.event(
                    a,
                    "REVIEWED",
                    a.status(),
                    next,
                    null,
                    reviewing == null ? null : reviewing.comment(),
                    caller.username(),
                    caller.tenant().value());
            return next;
        });
        return sheet(caller, id);
    }

    public ScorecardView finalise(Caller caller, long id) {
        tx.run(() -> {
            Assessment a = lockedForInspector(caller, id);
            AssessmentStatus next = a.status().finalise();
            Round round = store.round(a.roundId()).orElseThrow();
            if (round.computedAt() == null) {
                throw Refusal.conflict("The round's computed items are filled in at its cutoff (" + round.cutoff()
                        + "); finalise after that, or ask " + round.owner() + " to compute the round now.");
            }
            Scorecard card = score(a);
            store.finalise(a.id(), card);
            store.event(
                    a,
                    "FINALISED",
                    a.status(),
                    next,
                    null,
                    card.grade() + " " + card.percent() + "%",
                    caller.username(),
                    caller.tenant().value());
            return next;
        });
        return scorecard(caller, id);
    }

    public ScorecardView scorecard(Caller caller, long id) {
        return tx.run(() -> {
            Assessment a = readable(caller, id);
            Scorecard card = a.status() == AssessmentStatus.FINAL ? a.scorecard() : score(a);
            Previous previous = null;
            for (Assessment earlier : store.finalsOf(a.center())) {
                if (earlier.id() != a.id()
                        && (a.finalizedAt() == null || earlier.finalizedAt().isBefore(a.finalizedAt()))) {
                    previous = compare(earlier, card);
                    break;
                }
            }
            return new ScorecardView(
                    a.id(),
                    a.roundId(),
                    a.center(),
                    centers.names(List.of(a.center())).get(a.center()),
                    a.version(),
                    a.status(),
                    a.status() == AssessmentStatus.FINAL,
                    card,
                    previous,
                    openTasks(a.center()));
        });
    }

    /** The center's final scorecards across rounds, newest first. */
    public List<HistoryEntry> history(Caller caller, TenantCode center) {
        if (!center.isWithin(caller.tenant())) {
            throw Refusal.notFound("There is no center " + center + " in your part of the tree.");
        }
        return tx.run(() -> store.finalsOf(center.value()).stream()
                .map(a -> new HistoryEntry(
                        a.id(),
                        a.roundId(),
                        a.version(),
                        a.scorecard().percent(),
                        a.scorecard().grade(),
                        a.scorecard().passing(),
                        a.finalizedAt()))
                .toList());
    }

    /** The center's rectification tasks not yet verified, from any round: they show on every new sheet. */
    private List<RectificationStore.Task> openTasks(String center) {
        return rectifications.ofCenter(center).stream()
                .filter(t -> t.status() != TaskStatus.VERIFIED)
                .toList();
    }

    Scorecard score(Assessment a) {
        StandardDocument standard =
                standards.find(a.version()).orElseThrow().version().document();
        return Scoring.score(standard, store.template(a.templateId()), a.entries());
    }

    private static Previous compare(Assessment earlier, Scorecard now) {
        Scorecard before = earlier.scorecard();
        Map<String, BigDecimal> awarded = new LinkedHashMap<>();
        before.items().forEach(i -> awarded.put(i.item(), i.awarded()));
        var changes = new ArrayList<ItemChange>();
        for (Scorecard.ItemScore item : now.items()) {
            BigDecimal previous = awarded.get(item.item());
            if (previous == null || previous.compareTo(item.awarded()) != 0) {
                changes.add(new ItemChange(item.item(), previous, item.awarded()));
            }
        }
        BigDecimal delta = now.percent() == null || before.percent() == null
                ? null
                : now.percent().subtract(before.percent());
        return new Previous(
                earlier.id(), earlier.roundId(), earlier.version(), before.percent(), before.grade(), delta, changes);
    }

    Assessment readable(Caller caller, long id) {
        Assessment a =
                store.find(id).orElseThrow(() -> Refusal.notFound("There is no assessment " + id + " in your reach."));
        if (!TenantCode.of(a.center()).isWithin(caller.tenant())) {
            throw Refusal.notFound("There is no assessment " + id + " in your reach.");
        }
        return a;
    }

    private Assessment lockedForCenter(Caller caller, long id) {
        readable(caller, id);
        Assessment a = store.findForUpdate(id).orElseThrow();
        ConformancePolicy.requireSelfAssessor(caller, TenantCode.of(a.center()));
        if (!a.status().editableByCenter()) {
            throw Refusal.conflict("The assessment is " + a.status() + "; the center changes it only while it is OPEN"
                    + " or RETURNED.");
        }
        return a;
    }

    Assessment lockedForInspector(Caller caller, long id) {
        readable(caller, id);
        Assessment a = store.findForUpdate(id).orElseThrow();
        ConformancePolicy.requireInspector(caller, TenantCode.of(a.center()));
        return a;
    }

    AppliedItem item(Assessment a, String code) {
        return store.template(a.templateId()).stream()
                .filter(i -> i.code().equals(code))
                .findFirst()
                .orElseThrow(() -> Refusal.notFound("Item " + code + " is not part of assessment " + a.id()
                        + " (it does not apply at " + a.level() + " or is not in version " + a.version() + ")."));
    }

    static final int MAX_TEXT = 2000;

    /** Notes, reasons and comments are read by people: at most {@value #MAX_TEXT} characters. */
    static void requireText(String field, String text) {
        if (text != null && text.length() > MAX_TEXT) {
            throw Refusal.invalid(field + " has " + text.length() + " characters; at most " + MAX_TEXT + " are kept.");
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
