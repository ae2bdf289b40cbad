package org.zongzhi.tenant.conformance.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zongzhi.platform.security.CurrentCaller;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.platform.tenancy.TenantCode.Level;
import org.zongzhi.platform.web.Problems;
import org.zongzhi.tenant.conformance.application.AssessmentRounds;
import org.zongzhi.tenant.conformance.application.Assessments;
import org.zongzhi.tenant.conformance.application.ConformanceResults;
import org.zongzhi.tenant.conformance.application.Rectifications;
import org.zongzhi.tenant.conformance.domain.AssessmentStatus;
import org.zongzhi.tenant.conformance.domain.Entry;
import org.zongzhi.tenant.conformance.domain.TaskStatus;
import org.zongzhi.tenant.conformance.infrastructure.AssessmentStore;
import org.zongzhi.tenant.conformance.infrastructure.EvidenceStore;

/** Rounds, assessments, evidence, scorecards, rankings and rectification tasks. */
@RestController
@RequestMapping("/api/tenants/assessments")
class AssessmentController {

    private final AssessmentRounds rounds;
    private final Assessments assessments;
    private final ConformanceResults results;
    private final Rectifications rectifications;

    AssessmentController(
            AssessmentRounds rounds,
            Assessments assessments,
            ConformanceResults results,
            Rectifications rectifications) {
        this.rounds = rounds;
        this.assessments = assessments;
        this.results = results;
        this.rectifications = rectifications;
    }

    record Note(String note) {}

    record Comment(String comment) {}

    // Rounds

    @PostMapping("/rounds")
    @ResponseStatus(HttpStatus.CREATED)
    AssessmentRounds.RoundView open(@RequestBody AssessmentRounds.OpenRound request) {
        return rounds.open(CurrentCaller.get(), request);
    }

    @GetMapping("/rounds")
    List<AssessmentStore.Round> rounds() {
        return rounds.rounds(CurrentCaller.get());
    }

    @GetMapping("/rounds/{id:\\d+}")
    AssessmentRounds.RoundView round(@PathVariable long id) {
        return rounds.round(CurrentCaller.get(), id);
    }

    @GetMapping("/rounds/{id:\\d+}/assessments")
    List<AssessmentStore.Summary> roundAssessments(@PathVariable long id) {
        return rounds.assessments(CurrentCaller.get(), id);
    }

    @PostMapping("/rounds/{id:\\d+}/computation")
    AssessmentRounds.Computation compute(@PathVariable long id) {
        return rounds.computeNow(CurrentCaller.get(), id);
    }

    // One assessment

    @GetMapping
    List<AssessmentStore.Listed> list(
            @RequestParam(required = false) String center,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return assessments.list(
                CurrentCaller.get(),
                center == null ? null : TenantCode.of(center),
                status == null ? null : AssessmentStatus.valueOf(status.strip().toUpperCase(Locale.ROOT)),
                page,
                size);
    }

    @GetMapping("/{id:\\d+}")
    Assessments.Sheet sheet(@PathVariable long id) {
        return assessments.sheet(CurrentCaller.get(), id);
    }

    @PutMapping("/{id:\\d+}/items/{item}")
    Entry answer(@PathVariable long id, @PathVariable String item, @RequestBody Assessments.Answering answering) {
        return assessments.answer(CurrentCaller.get(), id, item, answering);
    }

    @PostMapping(value = "/{id:\\d+}/items/{item}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    EvidenceStore.FileInfo attach(
            @PathVariable long id, @PathVariable String item, @RequestPart("file") MultipartFile file) {
        return assessments.attach(CurrentCaller.get(), id, item, filename(file), file.getContentType(), bytes(file));
    }

    @DeleteMapping("/{id:\\d+}/items/{item}/evidence/{fileId:\\d+}")
    Entry withdraw(@PathVariable long id, @PathVariable String item, @PathVariable long fileId) {
        return assessments.withdraw(CurrentCaller.get(), id, item, fileId);
    }

    @GetMapping("/evidence/{fileId:\\d+}")
    ResponseEntity<byte[]> file(@PathVariable long fileId) {
        EvidenceStore.File file = assessments.file(CurrentCaller.get(), fileId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.info().contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.info().filename(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Content-SHA256", file.info().sha256())
                .body(file.content());
    }

    @PostMapping("/{id:\\d+}/submission")
    Assessments.Sheet submit(@PathVariable long id, @RequestBody(required = false) Note note) {
        return assessments.submit(CurrentCaller.get(), id, note == null ? null : note.note());
    }

    @PutMapping("/{id:\\d+}/items/{item}/verdict")
    Entry judge(@PathVariable long id, @PathVariable String item, @RequestBody Assessments.Judging judging) {
        return assessments.judge(CurrentCaller.get(), id, item, judging);
    }

    @PostMapping("/{id:\\d+}/return")
    Assessments.Sheet giveBack(@PathVariable long id, @RequestBody(required = false) Comment comment) {
        return assessments.giveBack(CurrentCaller.get(), id, comment == null ? null : comment.comment());
    }

    @PostMapping("/{id:\\d+}/review")
    Assessments.Sheet review(@PathVariable long id, @RequestBody(required = false) Assessments.Reviewing reviewing) {
        return assessments.review(CurrentCaller.get(), id, reviewing);
    }

    @PostMapping("/{id:\\d+}/finalization")
    Assessments.ScorecardView finalise(@PathVariable long id) {
        return assessments.finalise(CurrentCaller.get(), id);
    }

    @GetMapping("/{id:\\d+}/scorecard")
    Assessments.ScorecardView scorecard(@PathVariable long id) {
        return assessments.scorecard(CurrentCaller.get(), id);
    }

    @GetMapping("/centers/{code:\\d+}/scorecards")
    List<Assessments.HistoryEntry> history(@PathVariable String code) {
        return assessments.history(CurrentCaller.get(), TenantCode.of(code));
    }

    // Results

    @GetMapping("/ranking")
    ConformanceResults.RankingView ranking(
            @RequestParam String root,
            @RequestParam String level,
            @RequestParam int version,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        return results.ranking(CurrentCaller.get(), TenantCode.of(root), level(level), version, page, size);
    }

    @GetMapping("/conformance-rate")
    ConformanceResults.RateView rate(
            @RequestParam String root, @RequestParam(required = false) String level, @RequestParam int version) {
        return results.rate(CurrentCaller.get(), TenantCode.of(root), level == null ? null : level(level), version);
    }

    // Rectification

    @PostMapping("/{id:\\d+}/rectifications")
    @ResponseStatus(HttpStatus.CREATED)
    Rectifications.TaskView rectify(@PathVariable long id, @RequestBody Rectifications.Create request) {
        return rectifications.create(CurrentCaller.get(), id, request);
    }

    @GetMapping("/rectifications")
    List<Rectifications.TaskView> worklist(
            @RequestParam(required = false) String center, @RequestParam(required = false) String status) {
        return rectifications.list(
                CurrentCaller.get(),
                center == null ? null : TenantCode.of(center),
                status == null ? null : TaskStatus.valueOf(status.toUpperCase(Locale.ROOT)));
    }

    @GetMapping("/rectifications/{id:\\d+}")
    Rectifications.TaskView task(@PathVariable long id) {
        return rectifications.get(CurrentCaller.get(), id);
    }

    @PostMapping(value = "/rectifications/{id:\\d+}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    EvidenceStore.FileInfo taskEvidence(@PathVariable long id, @RequestPart("file") MultipartFile file) {
        return rectifications.attach(CurrentCaller.get(), id, filename(file), file.getContentType(), bytes(file));
    }

    @PostMapping("/rectifications/{id:\\d+}/submission")
    Rectifications.TaskView submitTask(@PathVariable long id, @RequestBody(required = false) Note note) {
        return rectifications.submit(CurrentCaller.get(), id, note == null ? null : note.note());
    }

    @PostMapping("/rectifications/{id:\\d+}/verification")
    Rectifications.TaskView verify(@PathVariable long id, @RequestBody Rectifications.Verification verification) {
        return rectifications.verify(CurrentCaller.get(), id, verification);
    }

    private static Level level(String value) {
        try {
            return Level.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problems.badRequest("level must be one of CITY, COUNTY, TOWNSHIP, VILLAGE, not '" + value + "'");
        }
    }

    private static String filename(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return "evidence";
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        return base.length() > 200 ? base.substring(0, 200) : base;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw Problems.badRequest("The uploaded file could not be read: " + e.getMessage());
        }
    }
}
