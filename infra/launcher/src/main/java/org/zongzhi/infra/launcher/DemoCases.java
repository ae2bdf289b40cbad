package org.zongzhi.infra.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Demo cases for the dev platform, taken in through the gateway by the realm's demo staff the way a
 * window clerk or a grid worker would: the disputes of the seed article's stories. Each carries a fixed
 * idempotency key, so running {@code up} again adds nothing.
 */
final class DemoCases {

    private record Demo(
            String user,
            String key,
            String channel,
            String category,
            String title,
            String description,
            String place,
            int groupSize,
            String applicant,
            String idFirst17,
            String phone) {}

    private static final List<Demo> CASES = List.of(
            new Demo(
                    "yongji.clerk",
                    "demo-yongji-housing",
                    "WALK_IN",
                    "HOUSING_DELIVERY",
                    "商品房延期交房",
                    "十余名购房户集体反映开发商延期交房，要求协调解决",
                    "永济市城西街道某小区",
                    12,
                    "张建国",
                    "14088119800101001",
                    "13903590001"),
            new Demo(
                    "handian.clerk",
                    "demo-handian-wages",
                    "WALK_IN",
                    "WAGE_ARREARS",
                    "六名农民工工资被拖欠",
                    "无书面合同，包工头拖欠工资两个月",
                    "韩店街道某工地",
                    6,
                    "李福生",
                    "14040419750505002",
                    "13903550002"),
            new Demo(
                    "changan.grid",
                    "demo-changan-pipe",
                    "GRID_REPORT",
                    "HAZARD",
                    "楼道污水管破裂",
                    "网格员巡查发现3号楼污水管破裂外溢",
                    "长安社区3号楼",
                    1,
                    "王秀英",
                    "14040419620312003",
                    "13903550003"),
            new Demo(
                    "changan.grid",
                    "demo-changan-bullying",
                    "GRID_REPORT",
                    "SCHOOL_BULLYING",
                    "校园欺凌苗头",
                    "网格员走访发现学生在校外被同学欺负",
                    "长安社区附近学校",
                    1,
                    "赵丽",
                    "14040419850808004",
                    "13903550004"),
            new Demo(
                    "shangdang.clerk",
                    "demo-shangdang-property",
                    "HOTLINE_12345",
                    "PROPERTY_MANAGEMENT",
                    "小区物业服务差",
                    "居民反映电梯长期停运，要求更换物业公司",
                    "上党区某小区",
                    1,
                    "孙强",
                    "14040419700909005",
                    "13903550005"),
            new Demo(
                    "shangdang.clerk",
                    "demo-shangdang-noise",
                    "WALK_IN",
                    "NEIGHBOURS",
                    "邻里装修噪音纠纷",
                    "楼上装修噪音影响老人休息，双方多次争吵",
                    "上党区某小区",
                    1,
                    "周敏",
                    "14040419900101006",
                    "13903550006"),
            new Demo(
                    "handian.clerk",
                    "demo-handian-homestead",
                    "TOWNSHIP_REPORT",
                    "LAND_AND_HOMESTEAD",
                    "宅基地界址纠纷",
                    "两户村民因宅基地界址发生争执",
                    "韩店街道某村",
                    1,
                    "吴海",
                    "14040419680606007",
                    "13903550007"),
            new Demo(
                    "yongji.clerk",
                    "demo-yongji-construction",
                    "DEPARTMENT_TRANSFER",
                    "CONSTRUCTION_PAYMENT",
                    "施工队讨要工程款",
                    "总包单位未按合同支付工程款",
                    "永济市某工地",
                    8,
                    "郑军",
                    "14088119780707008",
                    "13903590008"));

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private DemoCases() {}

    /** Takes the demo cases in; returns how many were new. */
    static int takeIn(String gateway, String issuer) {
        int created = 0;
        for (Demo demo : CASES) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(gateway + "/api/cases"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token(issuer, demo.user()))
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", demo.key())
                    .POST(HttpRequest.BodyPublishers.ofString(json(demo)))
                    .build());
            if (response.statusCode() == 201) {
                created++;
            } else if (response.statusCode() != 200) {
                throw new IllegalStateException("the demo case '" + demo.title() + "' was refused ("
                        + response.statusCode() + "): " + response.body());
            }
        }
        return created;
    }

    private static String json(Demo d) {
        return "{\"channel\":\"" + d.channel() + "\",\"category\":\"" + d.category() + "\",\"title\":\"" + d.title()
                + "\",\"description\":\"" + d.description() + "\",\"place\":\"" + d.place() + "\",\"groupSize\":"
                + d.groupSize() + ",\"applicants\":[{\"kind\":\"PERSON\",\"name\":\"" + d.applicant()
                + "\",\"idNumber\":\"" + idNumber(d.idFirst17()) + "\",\"phone\":\"" + d.phone() + "\"}]}";
    }

    /** A national ID number with its GB 11643 check character. */
    static String idNumber(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    private static String token(String issuer, String user) {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=zongzhi-cli&username="
                                + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                                + URLEncoder.encode("Demo#2026", StandardCharsets.UTF_8)))
                        .build());
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("the demo user " + user + " could not sign in: " + response.body());
        }
        return token.group(1);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
