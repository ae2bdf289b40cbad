package org.zongzhi.tenant.profile.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zongzhi.platform.department.Department;

/**
 * What a center declares about itself.
 *
 * @param premises where it works (有场所)
 * @param staffing who works there (有力量)
 * @param departments the departments and social forces present in it (入驻部门)
 * @param mechanisms its written rules and the documents they are in (有机制)
 */
public record CenterProfile(
        Premises premises, Staffing staffing, List<ResidentDepartment> departments, List<Mechanism> mechanisms) {

    /**
     * @param areaSquareMeters floor area in m²
     * @param guidanceAndIntakeZone 引导受理区 present
     * @param resolutionZone 多元化解区 present
     * @param commandAndDispatchZone 指挥调度区 present
     * @param rooms number of rooms by kind
     * @param intakeWindows number of intake windows (受理窗口)
     */
    public record Premises(
            BigDecimal areaSquareMeters,
            boolean guidanceAndIntakeZone,
            boolean resolutionZone,
            boolean commandAndDispatchZone,
            Map<RoomKind, Integer> rooms,
            int intakeWindows) {}

    public enum RoomKind {
        MEDIATION,
        PSYCHOLOGICAL_COUNSELLING,
        JOINT_PREVENTION,
        COMMAND,
        LEGAL_AID,
        VIDEO_HEARING
    }

    /**
     * @param namedMediationRooms named rooms such as 老法官调解室 or 五老调解室
     */
    public record Staffing(int fullTimeStaff, int mediators, int gridWorkers, List<String> namedMediationRooms) {}

    /**
     * @param department a code of the platform's department catalogue ({@link Department}, e.g. {@code COURT})
     * @param until the last day, or null while it stays
     * @param schedule when it is there, in the center's words (e.g. 每周二、四全天 for a rotating one), or null
     */
    public record ResidentDepartment(
            String department, Presence presence, LocalDate since, LocalDate until, String schedule) {

        /** A department declared without a schedule. */
        public ResidentDepartment(String department, Presence presence, LocalDate since, LocalDate until) {
            this(department, presence, since, until, null);
        }
    }

    /** 常驻, 轮驻, 随驻. */
    public enum Presence {
        RESIDENT,
        ROTATING,
        ON_CALL
    }

    /**
     * @param document the title or number of the document the mechanism is written in
     */
    public record Mechanism(MechanismKind kind, String document, LocalDate adoptedOn) {}

    public enum MechanismKind {
        FIRST_RESPONDER,
        JOINT_MEETING,
        CONSULTATION,
        SUPERVISION,
        ASSESSMENT,
        FOLLOW_UP
    }

    /**
     * The same profile with every department named by its current catalogue code: a code tenant-service used
     * before the catalogue was shared ({@code court}) becomes today's ({@code COURT}); others stay as they are.
     */
    public CenterProfile withCurrentDepartmentCodes() {
        if (departments == null) {
            return this;
        }
        List<ResidentDepartment> current = departments.stream()
                .map(d -> d == null
                        ? null
                        : Department.ofCurrentOrFormerCode(d.department())
                                .map(found -> new ResidentDepartment(
                                        found.code(), d.presence(), d.since(), d.until(), d.schedule()))
                                .orElse(d))
                .toList();
        return new CenterProfile(premises, staffing, current, mechanisms);
    }

    /** Everything wrong with the profile, each in words its editor can act on; empty when it is valid. */
    public List<String> problems() {
        var problems = new ArrayList<String>();
        if (premises == null) {
            problems.add("premises is required");
        } else {
            if (premises.areaSquareMeters() == null
                    || premises.areaSquareMeters().signum() < 0) {
                problems.add("premises.areaSquareMeters must be 0 or more");
            }
            if (premises.intakeWindows() < 0) {
                problems.add("premises.intakeWindows must be 0 or more");
            }
            if (premises.rooms() != null) {
                premises.rooms().forEach((kind, count) -> {
                    if (count == null || count < 0) {
                        problems.add("premises.rooms." + kind + " must be 0 or more");
                    }
                });
            }
        }
        if (staffing == null) {
            problems.add("staffing is required");
        } else {
            if (staffing.fullTimeStaff() < 0) {
                problems.add("staffing.fullTimeStaff must be 0 or more");
            }
            if (staffing.mediators() < 0) {
                problems.add("staffing.mediators must be 0 or more");
            }
            if (staffing.gridWorkers() < 0) {
                problems.add("staffing.gridWorkers must be 0 or more");
            }
        }
        Set<String> seen = new HashSet<>();
        List<ResidentDepartment> declared = departments == null ? List.of() : departments;
        for (int i = 0; i < declared.size(); i++) {
            ResidentDepartment department = declared.get(i);
            if (department == null) {
                problems.add("departments[" + i + "] is empty (null): remove it or give the department");
                continue;
            }
            String name = department.department();
            if (name == null || Department.ofCode(name).isEmpty()) {
                problems.add(
                        "departments: '" + name + "' is not in the department catalogue"
                                + Department.ofCurrentOrFormerCode(name)
                                        .map(d -> " (its code is now " + d.code() + ")")
                                        .orElse(
                                                " (codes such as COURT or HUMAN_RESOURCES, listed at /api/tenants/departments)"));
            } else if (!seen.add(name)) {
                problems.add("departments: '" + name + "' is listed twice");
            }
            if (department.presence() == null) {
                problems.add("departments: '" + name + "' needs a presence (RESIDENT, ROTATING or ON_CALL)");
            }
            if (department.since() == null) {
                problems.add("departments: '" + name + "' needs the date it started (since)");
            } else if (department.until() != null && department.until().isBefore(department.since())) {
                problems.add("departments: '" + name + "' ends (until) before it starts (since)");
            }
            if (department.schedule() != null && department.schedule().length() > 200) {
                problems.add("departments: '" + name + "' has a schedule longer than 200 characters");
            }
        }
        List<Mechanism> written = mechanisms == null ? List.of() : mechanisms;
        for (int i = 0; i < written.size(); i++) {
            Mechanism mechanism = written.get(i);
            if (mechanism == null) {
                problems.add("mechanisms[" + i + "] is empty (null): remove it or give the mechanism");
            } else if (mechanism.kind() == null) {
                problems.add("mechanisms: every mechanism needs a kind");
            } else if (mechanism.document() == null || mechanism.document().isBlank()) {
                problems.add("mechanisms: " + mechanism.kind() + " needs the document it is written in");
            }
        }
        return problems;
    }
}
