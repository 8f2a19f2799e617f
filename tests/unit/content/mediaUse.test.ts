import { describe, expect, it } from '@jest/globals'

import { mediaShownBy } from '@/modules/content/domain/mediaUse'

const upload = (value: unknown) => ({ type: 'upload', relationTo: 'media', value })
const paragraph = (...children: object[]) => ({ type: 'paragraph', children })

describe('"public only for what published content uses"', () => {
  it('should find an article’s cover and the images in its body, populated or not, once each', () => {
    const article = {
      coverImage: { id: 7, filename: 'bia.jpg' },
      body: {
        root: {
          type: 'root',
          children: [paragraph(upload(8)), upload({ id: 9 }), paragraph(upload(7))],
        },
      },
    }
    expect(mediaShownBy(article, 'media').sort()).toEqual([7, 8, 9])
  })

  it('should ignore uploads of other collections and content without images', () => {
    expect(
      mediaShownBy(
        { answer: { root: { children: [{ type: 'upload', relationTo: 'files', value: 3 }] } } },
        'media',
      ),
    ).toEqual([])
    expect(mediaShownBy({ coverImage: null, title: 'Không ảnh' }, 'media')).toEqual([])
  })
})
