/**
 * The request scheduler of the model machine: every provider request of a run goes through one
 * {@link dev.lingo.vm.schedule.Scheduler}. Per endpoint it enforces {@link dev.lingo.vm.schedule.EndpointLimits}
 * (concurrency, requests and tokens per minute), honours {@code Retry-After} and used-up rate limits
 * reported in response headers by pausing the endpoint, learns a server's concurrency from its 429s,
 * and trips a circuit breaker after requests in a row failed (a request's retries count once); {@link dev.lingo.vm.schedule.ScheduledProvider} retries what may be retried
 * ({@link dev.lingo.vm.schedule.RetryPolicy}: exponential backoff, full jitter) and spreads a
 * model's requests over its endpoints (least in flight). {@link dev.lingo.vm.schedule.RequestKey}
 * is what makes two requests the same (shared while in flight by {@link dev.lingo.vm.schedule.InFlightCalls},
 * and the answer cache's key); {@link dev.lingo.vm.schedule.RunBudget} stops a run before it
 * overspends; {@link dev.lingo.vm.schedule.SendGuard} keeps a cancelled opcode's request from being sent;
 * {@link dev.lingo.vm.schedule.RunProgress} is what a progress bar shows. Settings come
 * from {@code lingo.json} ({@link dev.lingo.vm.schedule.SchedulerSettings}). Plain Java, no Truffle;
 * built for thousands of virtual threads waiting in it at once.
 */
package dev.lingo.vm.schedule;
