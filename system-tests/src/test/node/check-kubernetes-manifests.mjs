// Checks deploy/kubernetes as `kubectl apply -k deploy` would take it: every manifest against the
// Kubernetes API's own schema (the kubernetes-models package, generated from the OpenAPI of the
// Kubernetes release it names), the kustomization's references, and what Rectify's services need
// to run as several replicas: two replicas, the three probes, resource requests, a
// PodDisruptionBudget, configuration from the ConfigMap and the Secret. Exits 1 naming each defect.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseAllDocuments, parse } from "yaml";

const deploy = resolve(process.argv[2] ?? "../deploy");
const folder = join(deploy, "kubernetes");
const defects = [];
const resources = [];

for (const file of readdirSync(folder).filter((name) => name.endsWith(".yaml")).sort()) {
  for (const document of parseAllDocuments(readFileSync(join(folder, file), "utf8"))) {
    if (document.errors.length > 0) {
      defects.push(`${file}: ${document.errors.map((error) => error.message).join("; ")}`);
      continue;
    }
    const resource = document.toJS();
    if (resource == null) continue;
    resources.push({ file, resource });
    const where = `${file}: ${resource.kind}/${resource.metadata?.name}`;
    const [group, version] = resource.apiVersion.includes("/") ? resource.apiVersion.split("/") : [null, resource.apiVersion];
    let models;
    try {
      models = await import(`kubernetes-models/${group ? group + "/" : ""}${version}`);
    } catch (error) {
      defects.push(`${where}: unknown apiVersion ${resource.apiVersion}`);
      continue;
    }
    const Model = models[resource.kind];
    if (Model == null) {
      defects.push(`${where}: ${resource.apiVersion} has no kind ${resource.kind}`);
      continue;
    }
    try {
      new Model(resource).validate();
    } catch (error) {
      defects.push(`${where}: ${error.message}`);
    }
  }
}

const kustomization = parse(readFileSync(join(deploy, "kustomization.yaml"), "utf8"));
for (const path of kustomization.resources ?? []) {
  if (!existsSync(join(deploy, path))) defects.push(`kustomization.yaml: ${path} does not exist`);
}
for (const generator of kustomization.configMapGenerator ?? []) {
  for (const path of generator.files ?? []) {
    if (!existsSync(join(deploy, path))) defects.push(`kustomization.yaml: ${generator.name} takes ${path}, which does not exist`);
  }
}
const listed = new Set((kustomization.resources ?? []).map((path) => path.replace(/^kubernetes\//, "")));
for (const { file } of resources) {
  if (!listed.has(file)) defects.push(`kustomization.yaml does not list kubernetes/${file}`);
}

const of = (kind) => resources.map(({ resource }) => resource).filter((resource) => resource.kind === kind);
const configMaps = new Set([...of("ConfigMap").map((map) => map.metadata.name),
  ...(kustomization.configMapGenerator ?? []).map((generator) => generator.name)]);
for (const service of ["complaint-service", "car-service", "notification-service"]) {
  const deployment = of("Deployment").find((candidate) => candidate.metadata.name === service);
  if (deployment == null) {
    defects.push(`${service}: no Deployment`);
    continue;
  }
  const labels = deployment.spec.template.metadata.labels;
  if ((deployment.spec.replicas ?? 1) < 2) defects.push(`${service}: fewer than two replicas`);
  const container = deployment.spec.template.spec.containers[0];
  for (const probe of ["startupProbe", "readinessProbe", "livenessProbe"]) {
    if (container[probe] == null) defects.push(`${service}: no ${probe}`);
  }
  if (container.readinessProbe?.httpGet?.path !== "/q/health/ready") defects.push(`${service}: readiness is not /q/health/ready`);
  if (container.livenessProbe?.httpGet?.path !== "/q/health/live") defects.push(`${service}: liveness is not /q/health/live`);
  if (container.resources?.requests?.cpu == null || container.resources?.requests?.memory == null) {
    defects.push(`${service}: no cpu and memory requests`);
  }
  for (const source of container.envFrom ?? []) {
    if (source.configMapRef && !configMaps.has(source.configMapRef.name)) {
      defects.push(`${service}: takes ConfigMap ${source.configMapRef.name}, which is not defined`);
    }
  }
  if (!(container.envFrom ?? []).some((source) => source.configMapRef)) defects.push(`${service}: no ConfigMap`);
  if (!(container.env ?? []).some((variable) => variable.valueFrom?.secretKeyRef)) defects.push(`${service}: no Secret`);
  const budget = of("PodDisruptionBudget").find((pdb) =>
    Object.entries(pdb.spec.selector.matchLabels ?? {}).every(([key, value]) => labels[key] === value));
  if (budget == null) defects.push(`${service}: no PodDisruptionBudget selects its pods`);
  const selects = of("Service").some((candidate) =>
    Object.entries(candidate.spec.selector ?? {}).every(([key, value]) => labels[key] === value));
  if (!selects) defects.push(`${service}: no Service selects its pods`);
}
const keycloak = of("Deployment").find((candidate) => candidate.metadata.name === "keycloak");
const realm = keycloak?.spec.template.spec.volumes?.find((volume) => volume.configMap?.name === "rectify-realm");
if (realm == null) defects.push("keycloak: does not mount the realm import (ConfigMap rectify-realm)");

if (defects.length > 0) {
  console.error(`Kubernetes manifests: ${defects.length} defect(s)\n  ${defects.join("\n  ")}`);
  process.exit(1);
}
console.log(`Kubernetes manifests: ${resources.length} resources valid against the Kubernetes schema, replicas, probes, `
  + "requests, disruption budgets, configuration and the realm import in place");
