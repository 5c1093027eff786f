import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { projectRoot } from '../../infra/lambdaBundling.ts';
import { TunehubStack } from '../../infra/TunehubStack.ts';

/** One rule violation from CDK's policy-validation report (cdk-nag v3 reports there). */
export interface NagViolation {
  readonly ruleName: string;
  readonly severity: string;
  readonly constructPaths: readonly string[];
}

export interface SynthResult {
  readonly template: Template;
  /** The cloud assembly directory (assets included); the caller removes it. */
  readonly outdir: string;
  /** What synthesis threw (cdk-nag interrupts synthesis on an unacknowledged violation). */
  readonly synthError: unknown;
  readonly violations: readonly NagViolation[];
}

/** The feature flags and settings `npx cdk synth` uses, from the repository's cdk.json. */
const cdkJsonContext = (): Record<string, unknown> => {
  const parsed: unknown = JSON.parse(readFileSync(path.join(projectRoot, 'cdk.json'), 'utf8'));
  const context = typeof parsed === 'object' && parsed !== null && 'context' in parsed ? parsed.context : {};
  return typeof context === 'object' && context !== null ? { ...context } : {};
};

const readViolations = (outdir: string): NagViolation[] => {
  const reportPath = path.join(outdir, 'validation-report.json');
  if (!existsSync(reportPath)) return [];
  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as {
    pluginReports?: {
      violations?: { ruleName: string; severity: string; violatingConstructs: { constructPath: string }[] }[];
    }[];
  };
  return (report.pluginReports ?? []).flatMap((plugin) =>
    (plugin.violations ?? []).map((v) => ({
      ruleName: v.ruleName,
      severity: v.severity,
      constructPaths: v.violatingConstructs.map((c) => c.constructPath),
    })),
  );
};

/**
 * Synthesizes the stack as `cdk synth` does (cdk.json context, env-agnostic), with cdk-nag's
 * AwsSolutions pack as a validation plugin writing acknowledgements into template metadata.
 * `bundle: false` skips the esbuild step for tests that only look at the template.
 */
export const synthTunehub = (
  options: { context?: Record<string, unknown>; bundle?: boolean } = {},
): SynthResult => {
  const outdir = mkdtempSync(path.join(os.tmpdir(), 'tunehub-synth-'));
  const context: Record<string, unknown> = { ...cdkJsonContext(), ...options.context };
  if (options.bundle === false) context['aws:cdk:bundling-stacks'] = [];
  const app = new App({ outdir, context });
  new TunehubStack(app, 'Tunehub');
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { writeSuppressionsToCloudFormation: true }));
  let synthError: unknown;
  try {
    app.synth();
  } catch (err) {
    synthError = err;
  }
  const templateJson: unknown = JSON.parse(readFileSync(path.join(outdir, 'Tunehub.template.json'), 'utf8'));
  return {
    template: Template.fromJSON(templateJson as Record<string, unknown>),
    outdir,
    synthError,
    violations: readViolations(outdir),
  };
};
