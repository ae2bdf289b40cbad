package org.zongzhi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class NulFreeTextTest {

    record Party(String name, List<String> tags) {}

    record Body(String reason, List<Party> parties, Map<String, String> filters) {}

    private final JsonMapper json =
            JsonMapper.builder().addModule(NulFreeText.module()).build();

    @Test
    void aNulInAnyTextIsRefusedWithItsPath() {
        Throwable refused = catchThrowable(
                () -> json.readValue("{\"parties\":[{\"name\":\"a\",\"tags\":[\"x\",\"b\\u0000\"]}]}", Body.class));

        assertThat(refused).hasMessageContaining(NulFreeText.MESSAGE);
        assertThat(ProblemExceptionHandler.fieldOf(refused)).isEqualTo("parties[0].tags[1]");
        assertThat(ProblemExceptionHandler.fieldOf(
                        catchThrowable(() -> json.readValue("{\"filters\":{\"k\":\"\\u0000\"}}", Body.class))))
                .isEqualTo("filters.k");
    }

    @Test
    void otherTextPassesAsItIs() {
        Body body = json.readValue("{\"reason\":\"换行\\n和制表\\t\",\"parties\":[{\"name\":null}]}", Body.class);

        assertThat(body.reason()).isEqualTo("换行\n和制表\t");
        assertThat(body.parties().getFirst().name()).isNull();
    }
}
