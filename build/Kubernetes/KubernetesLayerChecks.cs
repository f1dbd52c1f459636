using Build.Kubernetes.Crds;
using Build.Kubernetes.Values;
using k8s.Models;

namespace Build.Kubernetes;

/// <summary>
/// Checks that the rendered layer holds together — what one file names, another declares: namespaces,
/// the Ingress's class, middlewares, TLS option and backend; the Secret the TLSStore reads and the
/// SecretProviderClass that syncs it; Traefik's service account and certificate volume; and every image
/// comes from the cluster's registry, pinned, and listed in helm/images.yaml. These are integrity checks;
/// the conformance rules (probes, limits, ...) are a separate stage over <see cref="KubernetesLayer"/>.
/// </summary>
public static class KubernetesLayerChecks
{
    public const string MiddlewaresAnnotation = "traefik.ingress.kubernetes.io/router.middlewares";
    public const string TlsOptionsAnnotation = "traefik.ingress.kubernetes.io/router.tls.options";

    /// <summary>Namespaces AKS provides; the layer may install into them without declaring them.</summary>
    private static readonly string[] ProvidedNamespaces = ["kube-system"];

    public static void Check(KubernetesLayer layer, string registry)
    {
        Namespaces(layer);
        Ingresses(layer);
        TlsStores(layer);
        Traefik(layer);
        Images(layer, registry);
    }

    private static void Namespaces(KubernetesLayer layer)
    {
        var declared = Declared(layer);
        if (layer.Objects.FirstOrDefault(item => item.Namespace is not null && !declared.Contains(item.Namespace)) is { } item)
        {
            throw Error(item, $"{item.Identity} is in namespace '{item.Namespace}', which no Namespace manifest declares.");
        }

        if (layer.Releases.FirstOrDefault(release => !declared.Contains(release.Release.Namespace)) is { } release)
        {
            throw Error(Catalog(layer), $"namespace: {release.Release.Namespace}", $"release '{release.Release.Name}' installs into namespace '{release.Release.Namespace}', which no Namespace manifest declares.");
        }
    }

    private static void Ingresses(KubernetesLayer layer)
    {
        var traefik = Traefik(layer.Releases);
        foreach (var item in layer.ObjectsWith<V1Ingress>())
        {
            var ingress = (V1Ingress)item.Model;
            if (traefik is not null)
            {
                var (release, values) = traefik.Value;
                var ingressClass = values.IngressClass is { Enabled: true, Name: { } name } ? name : null;
                if (ingress.Spec?.IngressClassName != ingressClass)
                {
                    throw Error(item, $"{item.Identity} has ingressClassName '{ingress.Spec?.IngressClassName}', but Traefik's class (helm/{release.Release.Values}) is '{ingressClass}'.");
                }

                if (values.Providers?.KubernetesIngress?.Namespaces is { } watched && !watched.Contains(item.Namespace!))
                {
                    throw Error(item, $"{item.Identity} is in a namespace Traefik's Ingress provider does not watch ({string.Join(", ", watched)}).");
                }
            }

            var annotations = ingress.Metadata.Annotations ?? new Dictionary<string, string>();
            if (annotations.TryGetValue(MiddlewaresAnnotation, out var middlewares))
            {
                var declared = layer.ObjectsOf<TraefikMiddleware>().Select(middleware => middleware.ProviderReference).ToHashSet(StringComparer.Ordinal);
                if (middlewares.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(reference => !declared.Contains(reference)) is { } reference)
                {
                    throw Error(item, $"{item.Identity} names middleware '{reference}', which no Middleware declares (a Middleware is <namespace>-<name>@kubernetescrd; declared: {string.Join(", ", declared)}).");
                }
            }

            if (annotations.TryGetValue(TlsOptionsAnnotation, out var tlsOption) &&
                !layer.ObjectsOf<TraefikTlsOption>().Any(option => option.Metadata.Name == tlsOption || $"{option.Metadata.NamespaceProperty}-{option.Metadata.Name}@kubernetescrd" == tlsOption))
            {
                throw Error(item, $"{item.Identity} names TLS option '{tlsOption}', which no TLSOption declares.");
            }

            foreach (var backend in (ingress.Spec?.Rules ?? []).SelectMany(rule => rule.Http?.Paths ?? []).Select(path => path.Backend.Service).OfType<V1IngressServiceBackend>())
            {
                var service = layer.ObjectsOf<V1Service>().FirstOrDefault(service => service.Metadata.Name == backend.Name && service.Metadata.NamespaceProperty == item.Namespace);
                var port = backend.Port;
                if (service is null || !(service.Spec?.Ports ?? []).Any(servicePort => port.Name is { } portName ? servicePort.Name == portName : servicePort.Port == port.Number))
                {
                    throw Error(item, $"{item.Identity} routes to service {backend.Name} port {port.Name ?? port.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture)}, which no Service in {item.Namespace} declares.");
                }
            }
        }
    }

    private static void TlsStores(KubernetesLayer layer)
    {
        foreach (var item in layer.ObjectsWith<TraefikTlsStore>())
        {
            var store = (TraefikTlsStore)item.Model;
            var secrets = new[] { store.Spec.DefaultCertificate }.Concat(store.Spec.Certificates ?? []).OfType<TlsStoreCertificate>().Select(certificate => certificate.SecretName);
            if (secrets.FirstOrDefault(secret => !Synced(layer, item.Namespace!, secret)) is { } secret)
            {
                throw Error(item, $"{item.Identity} serves the Secret '{secret}', which no SecretProviderClass in {item.Namespace} syncs (spec.secretObjects) and no manifest declares.");
            }
        }

        foreach (var item in layer.ObjectsWith<SecretProviderClass>())
        {
            var provider = (SecretProviderClass)item.Model;
            var mounted = provider.Spec.Provider == AzureKeyVaultParameters.Provider
                ? AzureKeyVaultParameters.ObjectsOf(provider).Select(keyVaultObject => keyVaultObject.MountedName).ToHashSet(StringComparer.Ordinal)
                : null;
            if (mounted is not null && (provider.Spec.SecretObjects ?? []).SelectMany(secret => secret.Data ?? []).FirstOrDefault(data => !mounted.Contains(data.ObjectName)) is { } unmounted)
            {
                throw Error(item, $"{item.Identity} syncs object '{unmounted.ObjectName}', which it does not mount (objects: {string.Join(", ", mounted)}).");
            }
        }
    }

    private static void Traefik(KubernetesLayer layer)
    {
        if (Traefik(layer.Releases) is not var (release, values))
        {
            return;
        }

        var ns = release.Release.Namespace;
        if (values.Rbac?.Enabled == false && values.ServiceAccount?.Name is { } account &&
            !layer.ObjectsOf<V1ServiceAccount>().Any(serviceAccount => serviceAccount.Metadata.Name == account && serviceAccount.Metadata.NamespaceProperty == ns))
        {
            throw Error(release.Values, account, $"Traefik runs as service account '{account}', which no ServiceAccount in {ns} declares (the chart does not create it when serviceAccount.name is set).");
        }

        var classes = (values.Deployment?.AdditionalVolumes ?? [])
            .Select(volume => volume.Csi?.VolumeAttributes is { } attributes && attributes.TryGetValue("secretProviderClass", out var name) ? name : null)
            .OfType<string>();
        if (classes.FirstOrDefault(name => !layer.ObjectsOf<SecretProviderClass>().Any(provider => provider.Metadata.Name == name && provider.Metadata.NamespaceProperty == ns)) is { } unmounted)
        {
            throw Error(release.Values, $"secretProviderClass: {unmounted}", $"Traefik mounts SecretProviderClass '{unmounted}', which is not declared in {ns}.");
        }

        var declared = Declared(layer);
        var watched = (values.Providers?.KubernetesIngress?.Namespaces ?? []).Concat(values.Providers?.KubernetesCRD?.Namespaces ?? []);
        if (watched.FirstOrDefault(name => !declared.Contains(name)) is { } undeclared)
        {
            throw Error(release.Values, undeclared, $"Traefik watches namespace '{undeclared}', which no Namespace manifest declares.");
        }

        if (values.Providers?.KubernetesCRD?.Namespaces is { } crdNamespaces &&
            layer.Objects.FirstOrDefault(item => item.ApiVersion.StartsWith("traefik.io/", StringComparison.Ordinal) && !crdNamespaces.Contains(item.Namespace!)) is { } unwatched)
        {
            throw Error(unwatched, $"{unwatched.Identity} is in a namespace Traefik's CRD provider does not watch ({string.Join(", ", crdNamespaces)}).");
        }
    }

    private static void Images(KubernetesLayer layer, string registry)
    {
        var prefix = registry + "/";
        var catalog = layer.Images.Select(image => image.Target).ToHashSet(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var pulls = layer.Objects
            .SelectMany(item => PodSpecs(item.Model).SelectMany(spec => spec.Containers.Concat(spec.InitContainers ?? [])).Select(container => (Image: container.Image, Fail: (Func<string, Exception>)(problem => Error(item, $"{item.Identity}: {problem}")))))
            .Concat(layer.Releases
                .Where(release => release.Model is TraefikValues)
                .Select(release => (Image: ((TraefikValues)release.Model).ImageReference ?? string.Empty, Fail: (Func<string, Exception>)(problem => Error(release.Values, "image:", problem)))));

        foreach (var (image, fail) in pulls)
        {
            if (!image.StartsWith(prefix, StringComparison.Ordinal))
            {
                throw fail($"pulls '{image}' from outside the cluster's registry: import it (helm/images.yaml) and pull it from {registry}.");
            }

            var target = image[prefix.Length..];
            if (!IsPinned(target))
            {
                throw fail($"pulls '{image}' without a pinned tag or digest ('latest' does not count).");
            }

            if (!catalog.Contains(target))
            {
                throw fail($"pulls '{image}', which helm/images.yaml does not import (no image with target '{target}').");
            }

            used.Add(target);
        }

        var images = layer.Files.Single(file => file.File.EndsWith(ContainerImageCatalog.FileName, StringComparison.Ordinal));
        foreach (var image in layer.Images)
        {
            if (!IsPinned(image.Source) || !IsPinned(image.Target))
            {
                throw Error(images, image.Source, $"'{image.Source}' -> '{image.Target}' must pin a tag or digest ('latest' does not count).");
            }

            if (!used.Contains(image.Target))
            {
                throw Error(images, image.Target, $"'{image.Target}' is imported but no manifest or values file pulls it: remove it or use it.");
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

    private static (RenderedRelease Release, TraefikValues Values)? Traefik(IEnumerable<RenderedRelease> releases) =>
        releases.Where(release => release.Model is TraefikValues).Select(release => ((RenderedRelease, TraefikValues)?)(release, (TraefikValues)release.Model)).SingleOrDefault();

    private static RenderedText Catalog(KubernetesLayer layer) =>
        layer.Files.Single(file => file.File.EndsWith(HelmReleaseCatalog.FileName, StringComparison.Ordinal));

    private static KubernetesSourceException Error(KubernetesObject item, string problem) => new(item.File, item.Line, problem);

    /// <summary>An error in a rendered helm file, at the first line holding <paramref name="near"/>.</summary>
    private static KubernetesSourceException Error(RenderedText file, string near, string problem) =>
        new(file.File, file.LineContaining(near), problem);
}
