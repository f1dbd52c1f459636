metadata description = 'The only public entry point: Application Gateway WAF_v2 terminating TLS for bicycle.<domain> with a Key Vault certificate, then re-encrypting to Traefik (end-to-end TLS) behind a WAF policy in Prevention mode.'

@description('The gateway\'s name.')
param name string

@description('The gateway\'s region.')
param location string

@description('The availability zones the gateway\'s instances spread over.')
param availabilityZones string[]

@description('The subnet dedicated to the gateway.')
param subnetId string

@description('The public IP the listener answers on.')
param publicIpId string

@description('The user-assigned identity the gateway reads its certificates from Key Vault with.')
param identityId string

@description('The Key Vault URI (ends with a slash) holding the certificates.')
param keyVaultUri string

@description('The host name clients reach, e.g. bicycle.contoso.com; the listener requires it through SNI.')
param gatewayHostName string

@description('The Key Vault certificate of the listener (its secret is a PFX for the gateway host name).')
param gatewayCertificateName string

@description('The backend host name Traefik serves, e.g. bu0001a0008-00.aks-ingress.contoso.com; resolved through the private DNS zone.')
param backendHostName string

@description('The Key Vault certificate of the CA that signed Traefik\'s certificate (trusted root for the backend).')
param ingressRootCertificateName string

@description('The path the health probe requests from the workload, through Traefik.')
param healthProbePath string

@description('The fewest and most instances the gateway autoscales between.')
param capacity {
  @description('The fewest instances (0 lets the gateway scale to the minimum billing).')
  @minValue(0)
  min: int

  @description('The most instances.')
  @minValue(2)
  max: int
}

@description('The Log Analytics workspace that receives access, firewall and performance logs.')
param logAnalyticsWorkspaceId string

var parts = {
  frontendIp: 'public'
  frontendPort: 'https'
  listener: 'bicycle-https'
  trustedRoot: 'ingress-root-ca'
  probe: 'traefik-https'
  pool: 'traefik'
  settings: 'traefik-https'
  rule: 'bicycle-to-traefik'
}

resource wafPolicy 'Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies@2025-05-01' = {
  name: 'waf-${name}'
  location: location
  properties: {
    policySettings: {
      state: 'Enabled'
      mode: 'Prevention'
      requestBodyCheck: true
      maxRequestBodySizeInKb: 128
      fileUploadLimitInMb: 100
    }
    managedRules: {
      managedRuleSets: [
        {
          // the Default Rule Set, Microsoft's successor of the OWASP core rule set
          ruleSetType: 'Microsoft_DefaultRuleSet'
          ruleSetVersion: '2.1'
        }
        {
          ruleSetType: 'Microsoft_BotManagerRuleSet'
          ruleSetVersion: '1.1'
        }
      ]
    }
  }
}

resource gateway 'Microsoft.Network/applicationGateways@2025-05-01' = {
  name: name
  location: location
  zones: availabilityZones
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    sku: {
      name: 'WAF_v2'
      tier: 'WAF_v2'
    }
    autoscaleConfiguration: {
      minCapacity: capacity.min
      maxCapacity: capacity.max
    }
    firewallPolicy: {
      id: wafPolicy.id
    }
    enableHttp2: false
    // TLS 1.2 at least (TLS 1.3 comes with it), forward-secret AEAD ciphers only
    sslPolicy: {
      policyType: 'CustomV2'
      minProtocolVersion: 'TLSv1_2'
      cipherSuites: [
        'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384'
        'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256'
        'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384'
        'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256'
      ]
    }
    gatewayIPConfigurations: [
      {
        name: 'gateway-subnet'
        properties: {
          subnet: {
            id: subnetId
          }
        }
      }
    ]
    frontendIPConfigurations: [
      {
        name: parts.frontendIp
        properties: {
          publicIPAddress: {
            id: publicIpId
          }
        }
      }
    ]
    // 443 only: there is no plain HTTP listener to redirect from
    frontendPorts: [
      {
        name: parts.frontendPort
        properties: {
          port: 443
        }
      }
    ]
    // versionless secret ids: the gateway picks up renewed certificates by itself
    sslCertificates: [
      {
        name: gatewayCertificateName
        properties: {
          keyVaultSecretId: '${keyVaultUri}secrets/${gatewayCertificateName}'
        }
      }
    ]
    trustedRootCertificates: [
      {
        name: parts.trustedRoot
        properties: {
          keyVaultSecretId: '${keyVaultUri}secrets/${ingressRootCertificateName}'
        }
      }
    ]
    httpListeners: [
      {
        name: parts.listener
        properties: {
          protocol: 'Https'
          hostName: gatewayHostName
          requireServerNameIndication: true
          frontendIPConfiguration: {
            id: resourceId('Microsoft.Network/applicationGateways/frontendIPConfigurations', name, parts.frontendIp)
          }
          frontendPort: {
            id: resourceId('Microsoft.Network/applicationGateways/frontendPorts', name, parts.frontendPort)
          }
          sslCertificate: {
            id: resourceId('Microsoft.Network/applicationGateways/sslCertificates', name, gatewayCertificateName)
          }
        }
      }
    ]
    probes: [
      {
        name: parts.probe
        properties: {
          protocol: 'Https'
          host: backendHostName
          path: healthProbePath
          interval: 30
          timeout: 30
          unhealthyThreshold: 3
          pickHostNameFromBackendHttpSettings: false
          minServers: 0
          match: {
            statusCodes: [
              '200-399'
            ]
          }
        }
      }
    ]
    backendAddressPools: [
      {
        name: parts.pool
        properties: {
          backendAddresses: [
            {
              fqdn: backendHostName
            }
          ]
        }
      }
    ]
    backendHttpSettingsCollection: [
      {
        name: parts.settings
        properties: {
          protocol: 'Https'
          port: 443
          hostName: backendHostName
          pickHostNameFromBackendAddress: false
          cookieBasedAffinity: 'Disabled'
          requestTimeout: 20
          probe: {
            id: resourceId('Microsoft.Network/applicationGateways/probes', name, parts.probe)
          }
          trustedRootCertificates: [
            {
              id: resourceId('Microsoft.Network/applicationGateways/trustedRootCertificates', name, parts.trustedRoot)
            }
          ]
        }
      }
    ]
    requestRoutingRules: [
      {
        name: parts.rule
        properties: {
          ruleType: 'Basic'
          priority: 100
          httpListener: {
            id: resourceId('Microsoft.Network/applicationGateways/httpListeners', name, parts.listener)
          }
          backendAddressPool: {
            id: resourceId('Microsoft.Network/applicationGateways/backendAddressPools', name, parts.pool)
          }
          backendHttpSettings: {
            id: resourceId('Microsoft.Network/applicationGateways/backendHttpSettingsCollection', name, parts.settings)
          }
        }
      }
    ]
  }
}

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: '${gateway.name}-diagnostics'
  scope: gateway
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logAnalyticsDestinationType: 'Dedicated'
    logs: [
      {
        categoryGroup: 'allLogs'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

@description('The gateway\'s resource id.')
output id string = gateway.id
