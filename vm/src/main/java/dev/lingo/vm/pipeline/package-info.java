/**
 * The way every model call goes, one concern per stage ({@link dev.lingo.vm.pipeline.CallPipeline}):
 * the answer cache ({@link dev.lingo.vm.pipeline.CacheStage}), sharing identical calls in flight
 * ({@link dev.lingo.vm.pipeline.ShareStage}), Batch API jobs ({@link dev.lingo.vm.pipeline.BatchStage}),
 * packing short requests ({@link dev.lingo.vm.pipeline.PackStage}) and reading and validating the
 * answer ({@link dev.lingo.vm.pipeline.ReadStage}), which asks the scheduled provider. The model
 * machine composes it once per run; which model is asked, and falling back, is the machine's.
 */
package dev.lingo.vm.pipeline;
