// Renders wherever it is used: the page around it decides where its script lands.
export function MapWidget({ apiKey }) {
  return <script src={`https://maps.example.com/api/js?key=${apiKey}`} />
}

export function Badge() {
  const ratio = 3 / 4 // a division, not a regular expression
  return (
    <span style={{ aspectRatio: ratio }}>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: '{"@type":"Organization"}' }} />
    </span>
  )
}
