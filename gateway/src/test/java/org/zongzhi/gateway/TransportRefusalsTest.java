package org.zongzhi.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TransportRefusalsTest {

    private static FullHttpResponse answer(EmbeddedChannel channel, FullHttpResponse response) {
        channel.writeOutbound(response);
        return channel.readOutbound();
    }

    @Test
    void anEmpty414GetsAProblemBody() {
        var channel = new EmbeddedChannel(new TransportRefusals.ProblemBodies());

        FullHttpResponse sent = answer(
                channel, new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.REQUEST_URI_TOO_LONG));

        assertThat(sent.status().code()).isEqualTo(414);
        assertThat(sent.headers().get("Content-Type")).isEqualTo("application/problem+json");
        String body = sent.content().toString(StandardCharsets.UTF_8);
        assertThat(body).contains("\"status\":414", "请求地址过长", "shorten the query");
        assertThat(sent.headers().getInt("Content-Length")).isEqualTo(body.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void anEmpty400SaysWhatToEncode() {
        var channel = new EmbeddedChannel(new TransportRefusals.ProblemBodies());

        FullHttpResponse sent =
                answer(channel, new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.BAD_REQUEST));

        assertThat(sent.content().toString(StandardCharsets.UTF_8)).contains("\"status\":400", "Percent-encode");
    }

    @Test
    void answersWithABodyAndAnswersToHeadStayAsTheyAre() {
        var channel = new EmbeddedChannel(new TransportRefusals.ProblemBodies());
        var withBody = new DefaultFullHttpResponse(
                HttpVersion.HTTP_1_1,
                HttpResponseStatus.NOT_FOUND,
                Unpooled.copiedBuffer("{}", StandardCharsets.UTF_8));
        withBody.headers().set("Content-Type", "application/json");
        assertThat(answer(channel, withBody).content().toString(StandardCharsets.UTF_8))
                .isEqualTo("{}");
        assertThat(answer(channel, new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK))
                        .content()
                        .readableBytes())
                .isZero();

        channel.writeInbound(new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.HEAD, "/x"));
        channel.readInbound();
        assertThat(answer(channel, new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.BAD_REQUEST))
                        .content()
                        .readableBytes())
                .isZero();
    }
}
