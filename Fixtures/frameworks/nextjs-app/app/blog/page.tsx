import { getPosts } from '@/lib/posts'

// Generic arrow functions and comparisons in TSX are no JSX.
const byDate = <T extends { date: string }>(a: T, b: T) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)
const first = <T,>(xs: T[]): T | undefined => xs[0]

export default async function BlogPage() {
  const posts = (await getPosts()).sort(byDate)
  const pattern = /<script\b[^>]*>/gi // a regular expression that mentions <script>
  const html = `<script src="/not/a/real/tag.js"></script>` // a string, not an element
  return (
    <section>
      <h1>Blog {first(posts)?.title ?? ''}</h1>
      {posts.map((post) => (
        <article key={post.slug} data-has-script={pattern.test(post.body) || html.length < 0}>
          {post.title}
        </article>
      ))}
    </section>
  )
}
