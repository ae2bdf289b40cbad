package org.zongzhi.gateway;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufHolder;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zongzhi.platform.web.Problems;
import reactor.netty.NettyPipeline;

/**
 * A refusal must reach the client: when the gateway answers before it has read the whole request body (a
 * refused request line, a 415 or 400 from a service that did not read a large body), closing the socket
 * with unread bytes in it makes TCP reset the connection and the client loses the answer. The handler
 * closes such a connection gently instead: it shuts down its output after the answer, reads and discards
 * what the client still sends (at most {@value ProblemBodies#DRAIN_BYTES} bytes or
 * {@value ProblemBodies#DRAIN_SECONDS} seconds), then closes.
 *
 * <p>What the HTTP server refuses before any Spring code runs — a request line that is no URI (a raw
 * non-ASCII byte, a broken escape like {@code %ZZ}, a brace), an address longer than the server reads
 * (414), headers too large (431) — answers problem details like the rest of the gateway instead of an
 * empty body: a handler right after Netty's HTTP codec gives every empty 4xx a problem+json body.
 */
@Configuration(proxyBeanMethods = false)
class TransportRefusals {

    static final String HANDLER = "zongzhi.problemBodies";

    @Bean
    NettyServerCustomizer problemBodiesForTransportRefusals() {
        // At channel init, not per connection: the codec refuses a request line before any request exists.
        return server -> server.doOnChannelInit((observer, channel, remoteAddress) -> {
            ChannelPipeline pipeline = channel.pipeline();
            if (pipeline.get(NettyPipeline.HttpCodec) != null && pipeline.get(HANDLER) == null) {
                pipeline.addAfter(NettyPipeline.HttpCodec, HANDLER, new ProblemBodies());
            }
        });
    }

    /** Gives an empty 4xx answer a problem body; leaves every other answer as it is. */
    static final class ProblemBodies extends ChannelDuplexHandler {

        static final int DRAIN_BYTES = 4 << 20;
        static final int DRAIN_SECONDS = 3;

        private boolean head;
        /** A request whose body has not been read to its end (or could not be decoded at all). */
        private boolean bodyUnread;

        private boolean draining;
        private long drained;
        private ChannelPromise closing;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
            if (draining) {
                if (msg instanceof ByteBufHolder holder) {
                    drained += holder.content().readableBytes();
                } else if (msg instanceof ByteBuf buffer) {
                    drained += buffer.readableBytes();
                }
                ReferenceCountUtil.release(msg);
                if (drained > DRAIN_BYTES) {
                    finishClosing(ctx);
                }
                return;
            }
            if (msg instanceof HttpRequest request) {
                head = HttpMethod.HEAD.equals(request.method());
                bodyUnread = true;
            }
            if (msg instanceof LastHttpContent last && !last.decoderResult().isFailure()) {
                bodyUnread = false;
            }
            super.channelRead(ctx, msg);
        }

        @Override
        public void close(ChannelHandlerContext ctx, ChannelPromise promise) throws Exception {
            if (draining) {
                promise.setSuccess();
                return;
            }
            if (!bodyUnread || !(ctx.channel() instanceof SocketChannel socket) || !socket.isActive()) {
                super.close(ctx, promise);
                return;
            }
            draining = true;
            closing = promise;
            socket.shutdownOutput().addListener(done -> {
                ctx.channel().config().setAutoRead(true);
                ctx.read();
            });
            ctx.executor().schedule(() -> finishClosing(ctx), DRAIN_SECONDS, TimeUnit.SECONDS);
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
            if (draining && event instanceof ChannelInputShutdownEvent) {
                finishClosing(ctx);
                return;
            }
            super.userEventTriggered(ctx, event);
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) throws Exception {
            if (closing != null && !closing.isDone()) {
                closing.trySuccess();
            }
            super.channelInactive(ctx);
        }

        private void finishClosing(ChannelHandlerContext ctx) {
            if (closing != null && !closing.isDone()) {
                ctx.close(closing);
            }
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
            if (msg instanceof FullHttpResponse response
                    && !head
                    && response.status().code() >= 400
                    && response.status().code() < 500
                    && response.content().readableBytes() == 0
                    && !response.headers().contains(HttpHeaderNames.CONTENT_TYPE)) {
                byte[] body = problem(response.status().code()).getBytes(StandardCharsets.UTF_8);
                FullHttpResponse withBody = new DefaultFullHttpResponse(
                        response.protocolVersion(), response.status(), Unpooled.wrappedBuffer(body));
                withBody.headers().set(response.headers());
                withBody.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json");
                withBody.headers().set(HttpHeaderNames.CONTENT_LENGTH, body.length);
                withBody.headers().remove(HttpHeaderNames.TRANSFER_ENCODING);
                response.release();
                super.write(ctx, withBody, promise);
                return;
            }
            super.write(ctx, msg, promise);
        }

        static String problem(int status) {
            return switch (status) {
                case 414 ->
                    Problems.json(
                            414,
                            "uri-too-long",
                            "请求地址过长 (URI Too Long)",
                            "The address is longer than the platform reads: shorten the query, or send long values"
                                    + " in a request body.",
                            null);
                case 431 ->
                    Problems.json(
                            431,
                            "headers-too-large",
                            "请求头过大 (Request Header Fields Too Large)",
                            "The request's headers are larger than the platform reads: send fewer or shorter headers.",
                            null);
                case 413 ->
                    Problems.json(
                            413,
                            "body-too-large",
                            "请求内容过大 (Content Too Large)",
                            "The request body is larger than the platform reads: send less.",
                            null);
                default ->
                    Problems.json(
                            status,
                            "request-rejected",
                            "请求被拒绝 (Request rejected)",
                            "The request could not be read as sent: its path or query has a character that is not"
                                    + " allowed there (a space, a brace, a raw non-ASCII byte) or a broken escape"
                                    + " (such as %ZZ or a lone %), or a header is malformed. Percent-encode every byte"
                                    + " outside A-Z a-z 0-9 - . _ ~ as UTF-8.",
                            null);
            };
        }
    }
}
