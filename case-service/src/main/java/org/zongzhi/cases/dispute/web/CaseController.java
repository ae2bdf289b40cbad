package org.zongzhi.cases.dispute.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zongzhi.cases.dispute.application.CaseFilter;
import org.zongzhi.cases.dispute.application.CaseIntake;
import org.zongzhi.cases.dispute.application.CaseReadModel.CaseRef;
import org.zongzhi.cases.dispute.application.CaseReadModel.DisclosureLine;
import org.zongzhi.cases.dispute.application.CaseReadModel.SnapshotPage;
import org.zongzhi.cases.dispute.application.CaseReadModel.TimelineLine;
import org.zongzhi.cases.dispute.application.CaseReading;
import org.zongzhi.cases.dispute.application.CaseView;
import org.zongzhi.cases.dispute.application.CoHandling;
import org.zongzhi.cases.dispute.application.PartyContacts.Contact;
import org.zongzhi.cases.dispute.application.PartyDisclosure;
import org.zongzhi.cases.dispute.domain.CaseStatus;
import org.zongzhi.cases.dispute.domain.Category;
import org.zongzhi.cases.dispute.domain.Channel;
import org.zongzhi.cases.dispute.domain.InvalidField;
import org.zongzhi.cases.dispute.domain.NationalIdNumber;
import org.zongzhi.cases.dispute.domain.NewCase;
import org.zongzhi.cases.dispute.domain.Party;
import org.zongzhi.cases.dispute.domain.PartyKind;
import org.zongzhi.cases.dispute.domain.PartyRole;
import org.zongzhi.cases.dispute.domain.PhoneNumber;
import org.zongzhi.cases.dispute.domain.RiskLevel;
import org.zongzhi.platform.calendar.WarningColour;
import org.zongzhi.platform.security.CurrentCaller;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.platform.tenancy.TenantCode;
import tools.jackson.databind.json.JsonMapper;

/** Taking cases in and reading them: one case, a center's list, a timeline, a party's contact data. */
@RestController
@RequestMapping("/api/cases")
class CaseController {

    static final String INTAKE =
            "hasAnyRole('province-admin','city-admin','county-admin','center-admin','intake-clerk','grid-worker','mediator')";
    static final String HANDLE =
            "hasAnyRole('province-admin','city-admin','county-admin','center-admin','intake-clerk','mediator','department-handler')";
    /** Handling roles and grid workers, who escalate and note what they took in (see {@code Roles}). */
    static final String HANDLE_OR_REPORT =
            "hasAnyRole('province-admin','city-admin','county-admin','center-admin','intake-clerk','mediator','department-handler','grid-worker')";

    static final String AUDIT = "hasAnyRole('province-admin','city-admin','county-admin','center-admin','auditor')";

    private final CaseIntake intake;
    private final CaseReading reading;
    private final CoHandling coHandling;
    private final PartyDisclosure disclosure;
    private final JsonMapper json;

    CaseController(
            CaseIntake intake,
            CaseReading reading,
            CoHandling coHandling,
            PartyDisclosure disclosure,
            JsonMapper json) {
        this.intake = intake;
        this.reading = reading;
        this.coHandling = coHandling;
        this.disclosure = disclosure;
        this.json = json;
    }

    record IntakeResponse(
            @JsonProperty("case") CaseView view,
            String citizenSecret,
            boolean replayed,
            List<CaseRef> possibleDuplicates) {}

    record Page(List<CaseView> items, int page, int size, boolean hasNext) {}

    /**
     * Takes a case in at the caller's center. Send an Idempotency-Key header (e.g. a UUID made when the
     * form was opened): a retry with the same key returns the same case (200, Idempotent-Replayed: true).
     */
    @PostMapping
    @PreAuthorize(INTAKE)
    ResponseEntity<IntakeResponse> takeIn(
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestBody Requests.Intake body) {
        Caller caller = CurrentCaller.get();
        NewCase data = newCase(Bodies.required(body));
        CaseIntake.Intake result = intake.takeIn(caller, idempotencyKey, fingerprint(body), data);
        var response = new IntakeResponse(
                result.view(), result.citizenSecret(), result.replayed(), result.possibleDuplicates());
        return ResponseEntity.status(result.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create("/api/cases/" + result.view().snapshot().id()))
                .header("Idempotent-Replayed", Boolean.toString(result.replayed()))
                .body(response);
    }

    /** The case; a mediator of another center named on one of its tasks reads it too. */
    @GetMapping("/{id}")
    CaseView byId(@PathVariable UUID id) {
        return coHandling.byId(CurrentCaller.get(), id);
    }

    @GetMapping("/by-code/{code}")
    CaseView byCode(@PathVariable String code) {
        return coHandling.byCode(CurrentCaller.get(), code);
    }

    /** The cases the caller's center may see (its own, its subtree's, those that passed through it). */
    @GetMapping
    Page list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String risk,
            @RequestParam(required = false) String warning,
            @RequestParam(required = false) String channel,
            @RequestParam(required = false) String within,
            @RequestParam(defaultValue = "false") boolean heldByMe,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        Caller caller = CurrentCaller.get();
        var filter = new CaseFilter(
                Bodies.oneOf("status", status, CaseStatus.class),
                Bodies.oneOf("category", category, Category.class),
                Bodies.oneOf("risk", risk, RiskLevel.class),
                Bodies.oneOf("warning", warning, WarningColour.class),
                Bodies.oneOf("channel", channel, Channel.class),
                within == null || within.isBlank() ? null : TenantCode.of(within.strip()),
                heldByMe,
                caller.tenant(),
                q,
                page,
                size);
        var result = reading.list(caller, filter);
        return new Page(
                result.items().stream().map(s -> CaseView.of(s, caller)).toList(),
                result.page(),
                result.size(),
                result.hasNext());
    }

    /** Every case the caller may see, as event snapshots in id order, for rebuilding a search index. */
    @GetMapping("/snapshots")
    SnapshotPage snapshots(@RequestParam(required = false) String after, @RequestParam(defaultValue = "500") int size) {
        return reading.snapshots(after, size);
    }

    @GetMapping("/{id}/timeline")
    List<TimelineLine> timeline(@PathVariable UUID id) {
        return coHandling.timeline(CurrentCaller.get(), id);
    }

    /**
     * A party's full national ID number and phone, for staff of the holding center who must contact them.
     * The purpose is required and every call is logged (see {@code /disclosures}).
     */
    @PostMapping("/{id}/parties/{partyId}/disclosure")
    @PreAuthorize("hasAnyRole('county-admin','center-admin','intake-clerk','mediator','department-handler')")
    Contact disclose(@PathVariable UUID id, @PathVariable UUID partyId, @RequestBody Requests.Disclosure body) {
        return disclosure.reveal(
                CurrentCaller.get(), id, partyId, Bodies.required(body).purpose());
    }

    /** Who saw a party's unmasked data on this case, when and why. */
    @GetMapping("/{id}/disclosures")
    @PreAuthorize(AUDIT)
    List<DisclosureLine> disclosures(@PathVariable UUID id) {
        return reading.disclosures(id);
    }

    /** The cases of a person, found by national ID number or phone without decrypting anything. */
    @PostMapping("/party-search")
    @PreAuthorize(HANDLE)
    List<CaseRef> partySearch(@RequestBody Requests.PartySearch body) {
        Requests.PartySearch search = Bodies.required(body);
        return reading.casesOfParty(search.idNumber(), search.phone());
    }

    private NewCase newCase(Requests.Intake body) {
        List<Party> parties = new ArrayList<>();
        addParties(parties, "applicants", PartyRole.APPLICANT, body.applicants());
        addParties(parties, "respondents", PartyRole.RESPONDENT, body.respondents());
        return new NewCase(
                body.channel(),
                body.category(),
                body.title(),
                body.description(),
                body.place(),
                parties,
                body.groupSize() == null ? 0 : body.groupSize(),
                Boolean.TRUE.equals(body.violenceRisk()),
                Boolean.TRUE.equals(body.vulnerableParties()),
                Boolean.TRUE.equals(body.sensitivePeriod()),
                body.publicNote(),
                body.gridCode());
    }

    private static void addParties(List<Party> parties, String field, PartyRole role, List<Requests.PartyInput> input) {
        if (input == null) {
            return;
        }
        for (int i = 0; i < input.size(); i++) {
            Requests.PartyInput p = input.get(i);
            String where = field + "[" + i + "]";
            try {
                if (p == null) {
                    throw new IllegalArgumentException("is empty");
                }
                PartyKind kind = p.kind() == null ? PartyKind.PERSON : p.kind();
                parties.add(new Party(
                        UUID.randomUUID(),
                        role,
                        kind,
                        p.name(),
                        blank(p.idNumber())
                                ? null
                                : Bodies.field("idNumber", () -> NationalIdNumber.parse(p.idNumber())),
                        blank(p.phone()) ? null : Bodies.field("phone", () -> PhoneNumber.parse(p.phone())),
                        p.address(),
                        p.vulnerabilities()));
            } catch (IllegalArgumentException e) {
                throw InvalidField.within(where, e);
            }
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private String fingerprint(Requests.Intake body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
