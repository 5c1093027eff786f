/** A square cover image, or a neutral placeholder; decorative when the title is shown next to it. */
export function Cover({
  url,
  size = 48,
  alt = '',
}: {
  url: string | null | undefined;
  size?: number;
  alt?: string;
}) {
  if (!url)
    return <span className="cover cover--empty" style={{ width: size, height: size }} aria-hidden="true" />;
  return (
    <img className="cover" src={url} width={size} height={size} alt={alt} loading="lazy" decoding="async" />
  );
}
