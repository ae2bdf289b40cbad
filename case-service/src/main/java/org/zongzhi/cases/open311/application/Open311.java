package org.zongzhi.cases.open311.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.zongzhi.cases.dispute.application.CaseIntake;
import org.zongzhi.cases.dispute.domain.CaseCode;
import org.zongzhi.cases.dispute.domain.NewCase;
import org.zongzhi.cases.dispute.domain.Party;
import org.zongzhi.cases.dispute.domain.PartyKind;
import org.zongzhi.cases.dispute.domain.PartyRole;
import org.zongzhi.cases.dispute.domain.PhoneNumber;
import org.zongzhi.cases.dispute.domain.UnprocessableRequest;
import org.zongzhi.cases.open311.application.RequestStore.PublicRequest;
import org.zongzhi.cases.open311.domain.ApiKey;
import org.zongzhi.cases.open311.domain.KeySecret;
import org.zongzhi.cases.open311.domain.PublicServices;
import org.zongzhi.platform.calendar.WorkingCalendar;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.platform.tenancy.TenantScope;

/**
 * GeoReport v2 behind the platform's own rules: a key proves the channel and the center; a request is
 * taken in by the normal intake (its validation, risk grading, codes and idempotency) as that channel at
 * that center, under the center's row-level security; reads show the requests of the key's center and
 * channel, and of each only what the spec needs.
 */
@Service
public class Open311 {

    /** The spec's longest description. */
    public static final int MAX_DESCRIPTION = 4000;
    /** The spec's longest window for {@code GET requests}, and its default. */
    public static final Duration MAX_WINDOW = Duration.ofDays(90);
    /** The most requests one {@code GET requests} returns. */
    public static final int MAX_RESULTS = 1000;

    private final ApiKeyStore keys;
    private final KeyRateLimit rateLimit;
    private final SuspendedCenters suspended;
    private final RequestStore requests;
    private final CaseIntake intake;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Open311(
            ApiKeyStore keys,
            KeyRateLimit rateLimit,
            SuspendedCenters suspended,
            RequestStore requests,
            CaseIntake intake,
            TransactionTemplate transactions,
            Clock clock) {
        this.keys = keys;
        this.rateLimit = rateLimit;
        this.suspended = suspended;
        this.requests = requests;
        this.intake = intake;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * What a client posts, as sent: {@code attributes} are the {@code attribute[code]} fields, and
     * {@code fields} every field but the key (for the submission's fingerprint).
     */
    public record Submission(
            String serviceCode,
            String description,
            String lat,
            String lon,
            String addressString,
            String addressId,
            String firstName,
            String lastName,
            String phone,
            String mediaUrl,
            Map<String, String> attributes,
            SortedMap<String, List<String>> fields) {}

    public record Submitted(String code, boolean replayed) {}

    /**
     * The key presented with a call, checked in this order: well-formed and known (403), not revoked (403),
     * its center not suspended (403), within its rate (429), of the center {@code jurisdiction_id} names
     * (403). Counts the call.
     */
    public ApiKey authenticate(String apiKey, String jurisdictionId) {
        TenantCode jurisdiction = jurisdiction(jurisdictionId);
        String prefix = KeySecret.prefixOf(apiKey)
                .orElseThrow(() -> Open311Refused.forbidden(
                        apiKey == null || apiKey.isBlank()
                                ? "api_key is required: the key your center's admins created for your channel"
                                : "api_key is not a valid key: check that it was copied whole (o311_…)"));
        ApiKeyStore.Stored stored = TenantScope.asSystem(
                        "open311 key lookup by prefix", () -> transactions.execute(tx -> keys.byPrefix(prefix)))
                .filter(s -> KeySecret.matches(apiKey, s.hash()))
                .orElseThrow(() -> Open311Refused.forbidden(
                        "api_key is not valid: check that it was copied whole, or ask the center's admins for a key"));
        ApiKey key = stored.key();
        if (key.revoked()) {
            throw Open311Refused.forbidden(
                    "api_key was revoked by its center; ask the center's admins (开放接口 in the console) for a new key");
        }
        if (suspended.isSuspended(key.center())) {
            throw Open311Refused.forbidden("the center of this api_key is suspended: it takes in no requests until"
                    + " the center above it reactivates it");
        }
        long wait = rateLimit.retryAfter(key);
        if (wait > 0) {
            throw new Open311Refused(
                    429,
                    "too many requests with this api_key: at most " + key.perMinute() + " a minute; try again in "
                            + wait + " seconds",
                    wait);
        }
        if (!key.center().equals(jurisdiction)) {
            throw Open311Refused.forbidden("api_key is not a key of jurisdiction_id " + jurisdiction
                    + ": use the key of the center that receives the request");
        }
        Instant now = clock.instant();
        TenantScope.asSystem(
                "open311 key use",
                () -> transactions.execute(tx -> {
                    keys.used(key.id(), now);
                    return null;
                }));
        return key;
    }

    /**
     * Takes the request in as a case. Idempotent: the idempotency key is derived from the API key and the
     * client's {@code request_id} (or {@code Idempotency-Key} header); without one, from the submission
     * itself, so that the same submission sent twice is one case.
     */
    public Submitted submit(ApiKey key, Submission s, String clientRequestId) {
        PublicServices.Service service = PublicServices.find(s.serviceCode())
                .orElseThrow(() -> Open311Refused.badRequest(
                        blank(s.serviceCode())
                                ? "service_code is required: one of the codes services.json lists"
                                : "service_code " + s.serviceCode()
                                        + " is not a service of this endpoint; see services.json"));
        String description = text(s.description());
        if (description == null) {
            throw Open311Refused.badRequest("description is required: what happened, where and who is affected");
        }
        if (description.length() > MAX_DESCRIPTION) {
            throw Open311Refused.badRequest("description is longer than " + MAX_DESCRIPTION + " characters");
        }
        Double lat = coordinate("lat", s.lat(), 90);
        Double lon = coordinate("long", s.lon(), 180);
        if ((lat == null) != (lon == null)) {
            throw Open311Refused.badRequest("lat and long go together: send both, or address_string instead");
        }
        String address = text(s.addressString());
        if (address != null && address.length() > 200) {
            throw Open311Refused.badRequest("address_string is longer than 200 characters");
        }
        if (lat == null && address == null) {
            throw Open311Refused.badRequest(
                    blank(s.addressId())
                            ? "a location is required: lat and long, or address_string"
                            : "address_id is not supported here: send lat and long, or address_string");
        }
        String mediaUrl = text(s.mediaUrl());
        if (mediaUrl != null && (mediaUrl.length() > 1000 || !mediaUrl.matches("(?i)https?://\\S+"))) {
            throw Open311Refused.badRequest("media_url must be an http(s) URL of at most 1000 characters");
        }
        Attributes attributes = attributes(s.attributes());
        String place = address != null ? address : String.format(java.util.Locale.ROOT, "坐标 %.6f, %.6f", lat, lon);
        NewCase data = new NewCase(
                key.channel(),
                service.category(),
                title(service, description),
                description,
                place,
                parties(s),
                attributes.people(),
                attributes.escalation(),
                attributes.vulnerable(),
                false,
                null);
        String fingerprint = digest(s.fields().toString());
        String idempotencyKey = "o311:"
                + digest(key.id() + "\n"
                                + (blank(clientRequestId)
                                        ? "body:" + fingerprint
                                        : "client:" + clientRequestId.strip()))
                        .substring(0, 40);
        if (clientRequestId != null && clientRequestId.strip().length() > 200) {
            throw Open311Refused.badRequest("request_id is longer than 200 characters");
        }
        Caller caller = key.asCaller();
        CaseIntake.Intake taken;
        try {
            taken = TenantScope.asCenter(caller, () -> intake.takeIn(caller, idempotencyKey, fingerprint, data));
        } catch (UnprocessableRequest e) {
            throw Open311Refused.badRequest("request_id " + clientRequestId
                    + " was already used for a different request; use a new request_id");
        }
        CaseCode caseCode = CaseCode.parse(taken.view().snapshot().code());
        String code = caseCode.value();
        UUID caseId = taken.view().snapshot().id();
        Instant requestedAt = taken.view().snapshot().createdAt();
        TenantScope.asCenter(
                caller,
                () -> transactions.execute(tx -> {
                    requests.record(new RequestStore.Recorded(
                            caseId,
                            code,
                            key.center(),
                            key.channel(),
                            key.id(),
                            service.code(),
                            lat,
                            lon,
                            address,
                            mediaUrl,
                            requestedAt));
                    return null;
                }));
        return new Submitted(caseCode.display(), taken.replayed());
    }

    /** {@code GET requests}: the requests of the key's center and channel that match. */
    public List<PublicRequest> find(
            ApiKey key, String ids, String serviceCodes, String startDate, String endDate, String status) {
        List<String> codes = new ArrayList<>();
        for (String id : list(ids)) {
            codes.add(code(id));
        }
        Set<Boolean> open = new LinkedHashSet<>();
        for (String s : list(status)) {
            switch (s.toLowerCase(java.util.Locale.ROOT)) {
                case "open" -> open.add(true);
                case "closed" -> open.add(false);
                default -> throw Open311Refused.badRequest("status is open or closed (or both, comma-separated)");
            }
        }
        Instant start = date("start_date", startDate);
        Instant end = date("end_date", endDate);
        if (start == null && end == null) {
            end = clock.instant();
        }
        if (start == null) {
            start = end.minus(MAX_WINDOW);
        } else if (end == null) {
            end = start.plus(MAX_WINDOW);
        }
        if (codes.isEmpty()) {
            if (end.isBefore(start)) {
                throw Open311Refused.badRequest("end_date is before start_date");
            }
            if (Duration.between(start, end).compareTo(MAX_WINDOW) > 0) {
                throw Open311Refused.badRequest("start_date and end_date may be at most 90 days apart");
            }
        }
        var query = new RequestStore.Query(codes, Set.copyOf(list(serviceCodes)), start, end, open);
        return TenantScope.asCenter(
                key.asCaller(),
                () -> transactions.execute(tx -> requests.find(key.center(), key.channel(), query, MAX_RESULTS)));
    }

    /** {@code GET requests/{id}}: one request of the key's center and channel. */
    public PublicRequest one(ApiKey key, String id) {
        String code = code(id);
        var query = new RequestStore.Query(List.of(code), Set.of(), null, null, Set.of());
        return TenantScope.asCenter(
                        key.asCaller(),
                        () -> transactions.execute(tx -> requests.find(key.center(), key.channel(), query, 1)))
                .stream()
                .findFirst()
                .orElseThrow(() -> Open311Refused.notFound(
                        "no request " + id + " was submitted through this channel to this jurisdiction"));
    }

    private static TenantCode jurisdiction(String id) {
        if (blank(id)) {
            throw Open311Refused.badRequest(
                    "jurisdiction_id is required: the division code of the receiving center, e.g. 140404001001");
        }
        if (!TenantCode.isValid(id.strip())) {
            throw Open311Refused.badRequest(
                    "jurisdiction_id is a division code of 2, 4, 6, 9 or 12 digits, e.g. 140404001001");
        }
        return TenantCode.of(id.strip());
    }

    private record Attributes(int people, boolean escalation, boolean vulnerable) {}

    private static Attributes attributes(Map<String, String> given) {
        int people = 0;
        boolean escalation = false;
        boolean vulnerable = false;
        for (var e : given.entrySet()) {
            String value = text(e.getValue());
            switch (e.getKey()) {
                case PublicServices.PEOPLE -> {
                    if (value != null) {
                        try {
                            people = Integer.parseInt(value);
                        } catch (NumberFormatException ex) {
                            people = -1;
                        }
                        if (people < 0 || people > 100_000) {
                            throw Open311Refused.badRequest("attribute[" + PublicServices.PEOPLE
                                    + "] is a whole number of people between 0 and 100000");
                        }
                    }
                }
                case PublicServices.ESCALATION -> escalation = yesNo(e.getKey(), value);
                case PublicServices.VULNERABLE -> vulnerable = yesNo(e.getKey(), value);
                default ->
                    throw Open311Refused.badRequest("attribute[" + e.getKey()
                            + "] is not an attribute of this service; see services/{service_code}.json");
            }
        }
        return new Attributes(people, escalation, vulnerable);
    }

    private static boolean yesNo(String code, String value) {
        if (value == null || value.equals("no")) {
            return false;
        }
        if (value.equals("yes")) {
            return true;
        }
        throw Open311Refused.badRequest("attribute[" + code + "] is yes or no");
    }

    /** The person who reported, when named: kept as the case's applicant, encrypted, never read back here. */
    private static List<Party> parties(Submission s) {
        String name = ((text(s.lastName()) == null ? "" : text(s.lastName()))
                        + (text(s.firstName()) == null ? "" : text(s.firstName())))
                .strip();
        String phone = text(s.phone());
        if (name.isEmpty() && phone == null) {
            return List.of();
        }
        if (name.length() > 100) {
            throw Open311Refused.badRequest("first_name and last_name together are longer than 100 characters");
        }
        PhoneNumber number;
        try {
            number = phone == null ? null : PhoneNumber.parse(phone);
        } catch (IllegalArgumentException e) {
            throw Open311Refused.badRequest("phone: " + e.getMessage());
        }
        return List.of(new Party(
                UUID.randomUUID(),
                PartyRole.APPLICANT,
                PartyKind.PERSON,
                name.isEmpty() ? "反映人" : name,
                null,
                number,
                null,
                Set.of()));
    }

    private static String title(PublicServices.Service service, String description) {
        String first = description.replaceAll("\\s+", " ");
        return service.name() + "：" + (first.length() > 40 ? first.substring(0, 40) + "…" : first);
    }

    private static Double coordinate(String field, String value, double limit) {
        if (blank(value)) {
            return null;
        }
        try {
            double d = Double.parseDouble(value.strip());
            if (Double.isFinite(d) && Math.abs(d) <= limit) {
                return d;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw Open311Refused.badRequest(
                field + " is a decimal degree between -" + (int) limit + " and " + (int) limit + " (WGS84)");
    }

    private static String code(String id) {
        try {
            return CaseCode.parse(id).value();
        } catch (IllegalArgumentException e) {
            throw Open311Refused.badRequest(
                    "service_request_id " + id + " is not a request id of this endpoint: " + e.getMessage());
        }
    }

    private static Instant date(String field, String value) {
        if (blank(value)) {
            return null;
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeException e) {
            try {
                return Instant.parse(v);
            } catch (DateTimeException e2) {
                try {
                    return LocalDate.parse(v)
                            .atStartOfDay(WorkingCalendar.CHINA)
                            .toInstant();
                } catch (DateTimeException e3) {
                    throw Open311Refused.badRequest(
                            field + " is a W3C date and time, e.g. 2026-12-01T00:00:00+08:00 or 2026-12-01");
                }
            }
        }
    }

    private static List<String> list(String value) {
        if (blank(value)) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (String s : value.split(",")) {
            if (!s.isBlank()) {
                items.add(s.strip());
            }
        }
        if (items.size() > MAX_RESULTS) {
            throw Open311Refused.badRequest("at most " + MAX_RESULTS + " values in one list");
        }
        return items;
    }

    private static String text(String value) {
        return blank(value) ? null : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String digest(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
