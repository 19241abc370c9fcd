/**
 * Rapport → publish (issue 15), under a report just made: the social-media
 * images of the same figures `pledge publish` writes, painted in the pane
 * (social-canvas.ts, loaded on first click with the publish code and the
 * fonts) and offered as download links, with their text alternative to copy.
 * The images say the page's address when one is typed. "Kopiera webbsidans
 * HTML" copies the page `pledge publish` writes as index.html (the same
 * publishModel + publishPageHtml, loaded on first click); where the host
 * refuses the clipboard it offers the page as a download instead.
 */
import { Button, Field, Input, Link } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { ReportOutcome } from "../app/report";
import { DEFAULT_MIN_COUNT } from "../core/register/layout";
import { CopyBox } from "./CopyBox";
import { ErrorBar, Working } from "./Feedback";
import { useHost } from "./host";
import { useViewStyles } from "./view-styles";

interface Saved {
  links: { file: string; url: string; width: number; height: number }[];
  bildtext: string;
}

async function makeImages(outcome: ReportOutcome, address: string): Promise<Saved> {
  const [{ socialHeadline, socialAltText }, { SOCIAL_FORMATS }, { paintSocialImage }] = await Promise.all([
    import("../core/publish/social"),
    import("../core/publish/social-svg"),
    import("./social-canvas"),
  ]);
  // `Minsta antal att visa` as the report read it (read-pledge gives 5 when it is blank or invalid).
  const minCount = outcome.check.register.pledge?.minCount ?? DEFAULT_MIN_COUNT;
  const headline = socialHeadline(outcome.model, { minCount, address });
  const links = await Promise.all(
    (["square", "wide"] as const).map(async (format) => {
      const { file, width, height } = SOCIAL_FORMATS[format];
      return { file, width, height, url: URL.createObjectURL(await paintSocialImage(headline, format)) };
    }),
  );
  return { links, bildtext: socialAltText(headline) };
}

/** The published page's HTML for this report, exactly as `pledge publish` writes index.html. */
async function pageHtml(outcome: ReportOutcome): Promise<string> {
  const [{ publishModel }, { publishPageHtml }] = await Promise.all([
    import("../core/publish/publish-model"),
    import("../core/publish/page-html"),
  ]);
  return publishPageHtml(publishModel(outcome.model, outcome.check.register));
}

export default function PublishActions({ outcome }: { outcome: ReportOutcome }) {
  const styles = useViewStyles();
  const { strings } = useHost();
  const s = strings.publish;
  const [address, setAddress] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<Saved | null>(null);
  const urls = useRef<string[]>([]);
  const [htmlSaid, setHtmlSaid] = useState("");
  const [htmlUrl, setHtmlUrl] = useState<string | null>(null);

  // Blob URLs live until the next images or until the view goes.
  const forget = () => {
    for (const url of urls.current) URL.revokeObjectURL(url);
    urls.current = [];
  };
  useEffect(() => forget, []);
  useEffect(() => {
    forget();
    setSaved(null);
    setHtmlSaid("");
    setHtmlUrl(null);
  }, [outcome]);

  const copyHtml = async () => {
    setHtmlSaid("");
    setHtmlUrl(null);
    let html: string;
    try {
      html = await pageHtml(outcome);
    } catch {
      setHtmlSaid(s.htmlFailed);
      return;
    }
    try {
      await navigator.clipboard.writeText(html);
      setHtmlSaid(s.htmlCopied);
    } catch {
      const url = URL.createObjectURL(new Blob([html], { type: "text/html;charset=utf-8" }));
      urls.current.push(url);
      setHtmlUrl(url);
      setHtmlSaid(s.htmlNotCopied);
    }
  };

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const made = await makeImages(outcome, address);
      forget();
      urls.current = made.links.map((l) => l.url);
      setSaved(made);
    } catch {
      setError(s.imagesFailed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="publish-heading" className={styles.view} data-testid="publish">
      <h3 id="publish-heading" className={styles.heading}>
        {s.heading}
      </h3>
      <Field label={s.address} hint={s.addressHint}>
        <Input value={address} onChange={(_, d) => setAddress(d.value)} data-testid="publish-address" />
      </Field>
      <div className={styles.actions}>
        <Button onClick={() => void copyHtml()} data-testid="copy-html">
          {s.copyHtml}
        </Button>
        <Button disabledFocusable={busy} onClick={() => void save()} data-testid="save-images">
          {s.saveImages}
        </Button>
      </div>
      <p role="status" aria-live="polite" data-testid="html-status">
        {htmlSaid}
        {htmlUrl && (
          <>
            {" "}
            <Link href={htmlUrl} download="index.html" data-testid="html-link">
              {s.downloadHtml}
            </Link>
          </>
        )}
      </p>
      {busy && <Working label={s.makingImages} />}
      <ErrorBar text={error} />
      {saved && (
        <>
          <ul className={styles.list}>
            {saved.links.map((l) => (
              <li key={l.file}>
                <Link href={l.url} download={l.file} data-testid="image-link" data-file={l.file}>
                  {s.download(l.file, l.width, l.height)}
                </Link>
              </li>
            ))}
          </ul>
          <CopyBox label={s.bildtext} text={saved.bildtext} testId="bildtext" copyTestId="copy-bildtext" />
        </>
      )}
    </section>
  );
}
