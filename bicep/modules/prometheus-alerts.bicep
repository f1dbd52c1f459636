metadata description = 'The recommended Prometheus alert rules for AKS, in three rule groups (cluster, node and pod level), evaluated by Azure Monitor over the cluster\'s managed Prometheus metrics and notifying the environment\'s action group.'

@description('The cluster the rules watch (in this resource group).')
param clusterName string

@description('The region of the rule groups: the Azure Monitor workspace\'s.')
param location string

@description('The Azure Monitor workspace holding the cluster\'s Prometheus metrics.')
param workspaceId string

@description('The action group every alert notifies.')
param actionGroupId string

resource cluster 'Microsoft.ContainerService/managedClusters@2025-10-01' existing = {
  name: clusterName
}

// severity: 3 = warning, 4 = informational (Azure Monitor's scale, 0 = critical).
// Expressions read kube-state-metrics, the kubelet and node-exporter, which the metrics add-on scrapes by default.
var ruleGroups = [
  {
    level: 'Cluster'
    rules: [
      {
        alert: 'KubeCPUQuotaOvercommit'
        expression: 'sum(min without(resource) (kube_resourcequota{job="kube-state-metrics", type="hard", resource=~"(cpu|requests.cpu)"})) / sum(kube_node_status_allocatable{resource="cpu", job="kube-state-metrics"}) > 1.5'
        for: 'PT5M'
        severity: 3
        summary: 'The namespaces\' CPU quotas promise more than 1.5 times what the nodes can allocate.'
      }
      {
        alert: 'KubeMemoryQuotaOvercommit'
        expression: 'sum(min without(resource) (kube_resourcequota{job="kube-state-metrics", type="hard", resource=~"(memory|requests.memory)"})) / sum(kube_node_status_allocatable{resource="memory", job="kube-state-metrics"}) > 1.5'
        for: 'PT5M'
        severity: 3
        summary: 'The namespaces\' memory quotas promise more than 1.5 times what the nodes can allocate.'
      }
      {
        alert: 'KubeQuotaAlmostFull'
        expression: 'kube_resourcequota{job="kube-state-metrics", type="used"} / ignoring(instance, job, type) (kube_resourcequota{job="kube-state-metrics", type="hard"} > 0) > 0.9 < 1'
        for: 'PT15M'
        severity: 3
        summary: 'A namespace has used more than 90 % of a resource quota: the next rollout or scale-out may be refused.'
      }
      {
        alert: 'KubeContainerOOMKilledCount'
        expression: 'sum by (cluster, namespace, pod, container) (kube_pod_container_status_last_terminated_reason{job="kube-state-metrics", reason="OOMKilled"}) > 0'
        for: 'PT5M'
        severity: 4
        summary: 'A container was killed for exceeding its memory limit.'
      }
      {
        alert: 'KubeClientErrors'
        expression: '(sum by (cluster, instance, job, namespace) (rate(rest_client_requests_total{code=~"5.."}[5m])) / sum by (cluster, instance, job, namespace) (rate(rest_client_requests_total[5m]))) > 0.01'
        for: 'PT15M'
        severity: 3
        summary: 'More than 1 % of a client\'s requests to the API server fail with a server error.'
      }
      {
        alert: 'KubeDaemonSetNotScheduled'
        expression: 'kube_daemonset_status_desired_number_scheduled{job="kube-state-metrics"} - kube_daemonset_status_current_number_scheduled{job="kube-state-metrics"} > 0'
        for: 'PT15M'
        severity: 3
        summary: 'Pods of a DaemonSet (the CSI driver, the Defender sensor, the monitoring agents) are not scheduled on every node.'
      }
      {
        alert: 'KubeContainerWaiting'
        expression: 'sum by (cluster, namespace, pod, container) (kube_pod_container_status_waiting_reason{job="kube-state-metrics"}) > 0'
        for: 'PT60M'
        severity: 3
        summary: 'A container has been waiting to start for an hour.'
      }
    ]
  }
  {
    level: 'Node'
    rules: [
      {
        alert: 'KubeNodeUnreachable'
        expression: '(kube_node_spec_taint{job="kube-state-metrics", key="node.kubernetes.io/unreachable", effect="NoSchedule"} unless ignoring(key, value) kube_node_spec_taint{job="kube-state-metrics", key="ToBeDeletedByClusterAutoscaler"}) == 1'
        for: 'PT15M'
        severity: 3
        summary: 'A node is unreachable (and not being removed by the cluster autoscaler): its pods are rescheduled elsewhere.'
      }
      {
        alert: 'KubeNodeReadinessFlapping'
        expression: 'sum by (cluster, node) (changes(kube_node_status_condition{job="kube-state-metrics", status="true", condition="Ready"}[15m])) > 2'
        for: 'PT15M'
        severity: 3
        summary: 'A node\'s readiness changed more than twice in 15 minutes.'
      }
      {
        alert: 'KubeNodeDiskUsageHigh'
        expression: '100 - (node_filesystem_avail_bytes{mountpoint="/"} / node_filesystem_size_bytes{mountpoint="/"} * 100) > 80'
        for: 'PT15M'
        severity: 3
        summary: 'A node\'s OS disk is more than 80 % full.'
      }
    ]
  }
  {
    level: 'Pod'
    rules: [
      {
        alert: 'KubePodCrashLooping'
        expression: 'max_over_time(kube_pod_container_status_waiting_reason{job="kube-state-metrics", reason="CrashLoopBackOff"}[5m]) >= 1'
        for: 'PT15M'
        severity: 4
        summary: 'A container keeps crashing and Kubernetes is backing off its restarts.'
      }
      {
        alert: 'KubePodFailedState'
        expression: 'sum by (cluster, namespace, pod) (kube_pod_status_phase{job="kube-state-metrics", phase="Failed"}) > 0'
        for: 'PT5M'
        severity: 4
        summary: 'A pod is in the Failed phase.'
      }
      {
        alert: 'KubePodNotReadyByController'
        expression: 'sum by (cluster, namespace, pod) (max by (cluster, namespace, pod) (kube_pod_status_phase{job="kube-state-metrics", phase=~"Pending|Unknown"})) > 0'
        for: 'PT15M'
        severity: 3
        summary: 'A pod has been Pending or Unknown for 15 minutes.'
      }
      {
        alert: 'KubePodReadyStateLow'
        expression: 'sum by (cluster, namespace, deployment) (kube_deployment_status_replicas_ready{job="kube-state-metrics"}) / sum by (cluster, namespace, deployment) (kube_deployment_spec_replicas{job="kube-state-metrics"}) < 0.8'
        for: 'PT5M'
        severity: 4
        summary: 'Fewer than 80 % of a Deployment\'s replicas are ready.'
      }
      {
        alert: 'KubeDeploymentReplicasMismatch'
        expression: '(kube_deployment_spec_replicas{job="kube-state-metrics"} > kube_deployment_status_replicas_available{job="kube-state-metrics"}) and (changes(kube_deployment_status_replicas_updated{job="kube-state-metrics"}[10m]) == 0)'
        for: 'PT15M'
        severity: 4
        summary: 'A Deployment has had fewer available replicas than it wants for 15 minutes, without a rollout in progress.'
      }
      {
        alert: 'KubeHpaReplicasMismatch'
        expression: '(kube_horizontalpodautoscaler_status_desired_replicas{job="kube-state-metrics"} != kube_horizontalpodautoscaler_status_current_replicas{job="kube-state-metrics"}) and (changes(kube_horizontalpodautoscaler_status_current_replicas{job="kube-state-metrics"}[15m]) == 0)'
        for: 'PT15M'
        severity: 4
        summary: 'A HorizontalPodAutoscaler has not reached the replica count it wants for 15 minutes.'
      }
      {
        alert: 'KubeHpaMaxedOut'
        expression: 'kube_horizontalpodautoscaler_status_current_replicas{job="kube-state-metrics"} == kube_horizontalpodautoscaler_spec_max_replicas{job="kube-state-metrics"}'
        for: 'PT15M'
        severity: 4
        summary: 'A HorizontalPodAutoscaler has run at its maximum for 15 minutes: the workload may need more room.'
      }
      {
        alert: 'KubeContainerAverageCPUHigh'
        expression: 'sum by (cluster, namespace, pod, container) (rate(container_cpu_usage_seconds_total{image!="", container!="POD"}[5m])) / sum by (cluster, namespace, pod, container) (container_spec_cpu_quota{image!="", container!="POD"} / container_spec_cpu_period{image!="", container!="POD"}) > 0.95'
        for: 'PT5M'
        severity: 4
        summary: 'A container uses more than 95 % of its CPU limit.'
      }
      {
        alert: 'KubeContainerAverageMemoryHigh'
        expression: 'avg by (cluster, namespace, pod, container) (container_memory_working_set_bytes{image!="", container!="POD"} / on(cluster, namespace, pod, container) group_left kube_pod_container_resource_limits{job="kube-state-metrics", resource="memory"}) > 0.95'
        for: 'PT10M'
        severity: 4
        summary: 'A container uses more than 95 % of its memory limit: it is close to being OOM-killed.'
      }
      {
        alert: 'KubeJobFailed'
        expression: 'kube_job_failed{job="kube-state-metrics"} > 0'
        for: 'PT15M'
        severity: 3
        summary: 'A Job failed to complete.'
      }
    ]
  }
]

resource alertRuleGroups 'Microsoft.AlertsManagement/prometheusRuleGroups@2023-03-01' = [for group in ruleGroups: {
  name: 'prom-${clusterName}-${toLower(group.level)}-alerts'
  location: location
  properties: {
    description: '${group.level}-level recommended Prometheus alerts for ${clusterName}.'
    clusterName: clusterName
    scopes: [
      workspaceId
      cluster.id
    ]
    enabled: true
    interval: 'PT1M'
    rules: [for rule in group.rules: {
      alert: rule.alert
      expression: rule.expression
      for: rule.for
      severity: rule.severity
      enabled: true
      labels: {
        severity: rule.severity == 3 ? 'warning' : 'info'
      }
      annotations: {
        description: rule.summary
      }
      resolveConfiguration: {
        autoResolved: true
        timeToResolve: 'PT10M'
      }
      actions: [
        {
          actionGroupId: actionGroupId
        }
      ]
    }]
  }
}]

@description('The rule groups\' resource ids.')
output ids string[] = [for (group, i) in ruleGroups: alertRuleGroups[i].id]
