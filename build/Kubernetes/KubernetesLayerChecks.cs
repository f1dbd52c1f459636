using Build.Kubernetes.Crds;
using k8s.Models;

namespace Build.Kubernetes;

/// <summary>
/// Checks that the rendered layer holds together — what one file names, another declares: namespaces, the
/// Ingress's class, middlewares, TLS option and backend; the Secret the TLSStore reads and the SecretProviderClass
/// that syncs it; Traefik's service account, certificate volume and watched namespaces (read from the Deployment its
/// chart renders); every image pulled from the cluster's registry is pinned and imported by helm/images.yaml. These
/// are integrity checks; the conformance rules (probes, limits, trusted registries, ...) are a separate stage.
/// </summary>
public static class KubernetesLayerChecks
{
    public const string MiddlewaresAnnotation = "traefik.ingress.kubernetes.io/router.middlewares";
    public const string TlsOptionsAnnotation = "traefik.ingress.kubernetes.io/router.tls.options";

    /// <summary>Namespaces AKS provides; the layer may install into them without declaring them.</summary>
    private static readonly string[] ProvidedNamespaces = ["kube-system"];

    public static IReadOnlyList<KubernetesSourceException> Check(KubernetesLayer layer, string registry) =>
    [
        .. Namespaces(layer),
        .. Ingresses(layer),
        .. TlsStores(layer),
        .. Traefik(layer),
        .. Images(layer, registry),
    ];

    private static IEnumerable<KubernetesSourceException> Namespaces(KubernetesLayer layer)
    {
        var declared = Declared(layer);
        var undeclaredReleases = layer.Releases.Where(release => !declared.Contains(release.Release.Namespace)).ToList();
        foreach (var release in undeclaredReleases)
        {
            yield return Error(Catalog(layer), $"namespace: {release.Release.Namespace}", $"release '{release.Release.Name}' installs into namespace '{release.Release.Namespace}', which no Namespace manifest declares.");
        }

        // a release's objects in its own namespace are said above, once
        var reported = undeclaredReleases.Select(release => (release.Release.Name, release.Release.Namespace)).ToHashSet();
        foreach (var item in layer.Objects.Where(item => item.Namespace is not null && !declared.Contains(item.Namespace) && !reported.Contains((item.Release ?? string.Empty, item.Namespace))))
        {
            yield return Error(item, $"{item.Identity} is in namespace '{item.Namespace}', which no Namespace manifest declares.");
        }
    }

    private static IEnumerable<KubernetesSourceException> Ingresses(KubernetesLayer layer)
    {
        var traefik = TraefikDeployment.In(layer);
        var classes = layer.ObjectsOf<V1IngressClass>().Where(ingressClass => ingressClass.Spec?.Controller == TraefikDeployment.ControllerName).Select(ingressClass => ingressClass.Metadata.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var item in layer.ObjectsWith<V1Ingress>())
        {
            var ingress = (V1Ingress)item.Model;
            if (traefik is not null)
            {
                var served = traefik.IngressClass;
                if (ingress.Spec?.IngressClassName is not { } name || name != served || !classes.Contains(name))
                {
                    yield return Error(item, $"{item.Identity} has ingressClassName '{ingress.Spec?.IngressClassName}', but Traefik ({traefik.Chart}) serves the class '{served}'{(served is not null && !classes.Contains(served) ? ", which no IngressClass declares" : string.Empty)}.");
                }

                if (traefik.IngressNamespaces is { Count: > 0 } watched && !watched.Contains(item.Namespace!))
                {
                    yield return Error(item, $"{item.Identity} is in a namespace Traefik's Ingress provider does not watch ({string.Join(", ", watched)}).");
                }
            }

            var annotations = ingress.Metadata.Annotations ?? new Dictionary<string, string>();
            if (annotations.TryGetValue(MiddlewaresAnnotation, out var middlewares))
            {
                var declared = layer.ObjectsOf<TraefikMiddleware>().Select(middleware => middleware.ProviderReference).ToHashSet(StringComparer.Ordinal);
                foreach (var reference in middlewares.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Where(reference => !declared.Contains(reference)))
                {
                    yield return Error(item, $"{item.Identity} names middleware '{reference}', which no Middleware declares (a Middleware is <namespace>-<name>@kubernetescrd; declared: {string.Join(", ", declared)}).");
                }
            }

            if (annotations.TryGetValue(TlsOptionsAnnotation, out var tlsOption) &&
                !layer.ObjectsOf<TraefikTlsOption>().Any(option => option.Metadata.Name == tlsOption || $"{option.Metadata.NamespaceProperty}-{option.Metadata.Name}@kubernetescrd" == tlsOption))
            {
                yield return Error(item, $"{item.Identity} names TLS option '{tlsOption}', which no TLSOption declares.");
            }

            foreach (var backend in (ingress.Spec?.Rules ?? []).SelectMany(rule => rule.Http?.Paths ?? []).Select(path => path.Backend.Service).OfType<V1IngressServiceBackend>())
            {
                var service = layer.ObjectsOf<V1Service>().FirstOrDefault(service => service.Metadata.Name == backend.Name && service.Metadata.NamespaceProperty == item.Namespace);
                var port = backend.Port;
                if (service is null || !(service.Spec?.Ports ?? []).Any(servicePort => port.Name is { } portName ? servicePort.Name == portName : servicePort.Port == port.Number))
                {
                    yield return Error(item, $"{item.Identity} routes to service {backend.Name} port {port.Name ?? port.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture)}, which no Service in {item.Namespace} declares.");
                }
            }
        }
    }

    private static IEnumerable<KubernetesSourceException> TlsStores(KubernetesLayer layer)
    {
        foreach (var item in layer.ObjectsWith<TraefikTlsStore>())
        {
            var store = (TraefikTlsStore)item.Model;
            var secrets = new[] { store.Spec.DefaultCertificate }.Concat(store.Spec.Certificates ?? []).OfType<TlsStoreCertificate>().Select(certificate => certificate.SecretName);
            foreach (var secret in secrets.Where(secret => !Synced(layer, item.Namespace!, secret)))
            {
                yield return Error(item, $"{item.Identity} serves the Secret '{secret}', which no SecretProviderClass in {item.Namespace} syncs (spec.secretObjects) and no manifest declares.");
            }
        }

        foreach (var item in layer.ObjectsWith<SecretProviderClass>())
        {
            var provider = (SecretProviderClass)item.Model;
            if (provider.Spec.Provider != AzureKeyVaultParameters.Provider)
            {
                continue;
            }

            var mounted = AzureKeyVaultParameters.ObjectsOf(provider).Select(keyVaultObject => keyVaultObject.MountedName).ToHashSet(StringComparer.Ordinal);
            foreach (var unmounted in (provider.Spec.SecretObjects ?? []).SelectMany(secret => secret.Data ?? []).Where(data => !mounted.Contains(data.ObjectName)))
            {
                yield return Error(item, $"{item.Identity} syncs object '{unmounted.ObjectName}', which it does not mount (objects: {string.Join(", ", mounted)}).");
            }
        }
    }

    private static IEnumerable<KubernetesSourceException> Traefik(KubernetesLayer layer)
    {
        if (TraefikDeployment.In(layer) is not { } traefik)
        {
            yield break;
        }

        var ns = traefik.Item.Namespace!;
        var values = layer.Chart(TraefikDeployment.ChartName)!.Release.Values;
        if (traefik.ServiceAccount is { } account && !layer.ObjectsOf<V1ServiceAccount>().Any(serviceAccount => serviceAccount.Metadata.Name == account && serviceAccount.Metadata.NamespaceProperty == ns))
        {
            yield return Error(values, account, $"Traefik runs as service account '{account}', which no ServiceAccount in {ns} declares (the chart does not create it when serviceAccount.name is set).");
        }

        foreach (var unmounted in traefik.SecretProviderClasses.Where(name => !layer.ObjectsOf<SecretProviderClass>().Any(provider => provider.Metadata.Name == name && provider.Metadata.NamespaceProperty == ns)))
        {
            yield return Error(values, $"secretProviderClass: {unmounted}", $"Traefik mounts SecretProviderClass '{unmounted}', which is not declared in {ns}.");
        }

        var declared = Declared(layer);
        foreach (var undeclared in traefik.IngressNamespaces.Concat(traefik.CrdNamespaces).Distinct(StringComparer.Ordinal).Where(name => !declared.Contains(name)))
        {
            yield return Error(values, undeclared, $"Traefik watches namespace '{undeclared}', which no Namespace manifest declares.");
        }

        if (traefik.CrdNamespaces is { Count: > 0 } crdNamespaces)
        {
            foreach (var unwatched in layer.Objects.Where(item => !item.FromChart && item.ApiVersion.StartsWith("traefik.io/", StringComparison.Ordinal) && !crdNamespaces.Contains(item.Namespace!)))
            {
                yield return Error(unwatched, $"{unwatched.Identity} is in a namespace Traefik's CRD provider does not watch ({string.Join(", ", crdNamespaces)}).");
            }
        }
    }

    private static IEnumerable<KubernetesSourceException> Images(KubernetesLayer layer, string registry)
    {
        var prefix = registry + "/";
        var catalog = layer.Images.Select(image => image.Target).ToHashSet(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in layer.Objects)
        {
            foreach (var image in PodSpecs(item.Model).SelectMany(spec => spec.Containers.Concat(spec.InitContainers ?? [])).Select(container => container.Image ?? string.Empty).Where(image => image.StartsWith(prefix, StringComparison.Ordinal)))
            {
                var target = image[prefix.Length..];
                if (!IsPinned(target))
                {
                    yield return Error(item, $"{item.Identity}: pulls '{image}' without a pinned tag or digest ('latest' does not count).");
                }
                else if (!catalog.Contains(target))
                {
                    yield return Error(item, $"{item.Identity}: pulls '{image}', which helm/images.yaml does not import (no image with target '{target}').");
                }

                used.Add(target);
            }
        }

        var images = layer.Files.Single(file => file.File.EndsWith(ContainerImageCatalog.FileName, StringComparison.Ordinal));
        foreach (var image in layer.Images)
        {
            if (!IsPinned(image.Source) || !IsPinned(image.Target))
            {
                yield return Error(images, image.Source, $"'{image.Source}' -> '{image.Target}' must pin a tag or digest ('latest' does not count).");
            }
            else if (!used.Contains(image.Target) && (layer.Charts.Count > 0 || layer.Releases.Count == 0))
            {
                // without the charts' objects, the images they pull are unknown
                yield return Error(images, image.Target, $"'{image.Target}' is imported but nothing the layer runs pulls it: remove it or use it.");
            }
        }
    }

    private static bool IsPinned(string image)
    {
        var name = image[(image.LastIndexOf('/') + 1)..];
        if (name.Contains('@', StringComparison.Ordinal))
        {
            return true;
        }

        var colon = name.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && colon < name.Length - 1 && name[(colon + 1)..] != "latest";
    }

    private static IEnumerable<V1PodSpec> PodSpecs(object model) => model switch
    {
        V1Deployment deployment => [deployment.Spec.Template.Spec],
        V1StatefulSet statefulSet => [statefulSet.Spec.Template.Spec],
        V1DaemonSet daemonSet => [daemonSet.Spec.Template.Spec],
        V1Job job => [job.Spec.Template.Spec],
        V1CronJob cronJob => [cronJob.Spec.JobTemplate.Spec.Template.Spec],
        V1Pod pod => [pod.Spec],
        _ => [],
    };

    private static bool Synced(KubernetesLayer layer, string ns, string secret) =>
        layer.ObjectsOf<SecretProviderClass>().Any(provider => provider.Metadata.NamespaceProperty == ns && (provider.Spec.SecretObjects ?? []).Any(synced => synced.SecretName == secret)) ||
        layer.ObjectsOf<V1Secret>().Any(declared => declared.Metadata.NamespaceProperty == ns && declared.Metadata.Name == secret);

    private static HashSet<string> Declared(KubernetesLayer layer) =>
        layer.ObjectsOf<V1Namespace>().Select(ns => ns.Metadata.Name).Concat(ProvidedNamespaces).ToHashSet(StringComparer.Ordinal);

    private static RenderedText Catalog(KubernetesLayer layer) =>
        layer.Files.Single(file => file.File.EndsWith(HelmReleaseCatalog.FileName, StringComparison.Ordinal));

    private static KubernetesSourceException Error(KubernetesObject item, string problem) => new(item.File, item.Line, problem);

    /// <summary>An error in a rendered helm file, at the first line holding <paramref name="near"/>.</summary>
    private static KubernetesSourceException Error(RenderedText file, string near, string problem) =>
        new(file.File, file.LineContaining(near), problem);
}
